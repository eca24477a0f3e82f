-- Issue 14: the nodes' presence (issue 9) also says where each node takes the commands routed to it, so that
-- each conversation's commands run on one node, which keeps it cached.
ALTER TABLE idempotency_node RENAME TO cluster_node;
ALTER TABLE cluster_node ADD COLUMN command_url VARCHAR(300);
