-- Issue 9: a key whose first request ran on a node that has died may be taken over at once, instead of after
-- the abandoned-after time: each node records itself every half second, and each key the node that runs it.
CREATE TABLE idempotency_node (
    node_id VARCHAR(36)              PRIMARY KEY,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE idempotency_key ADD COLUMN node_id VARCHAR(36);
