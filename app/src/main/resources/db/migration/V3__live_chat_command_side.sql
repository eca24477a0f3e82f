-- Command side of seed 003's live chat: chat-user ids and agent capacity (see AgentWorkload).
CREATE SEQUENCE chat_user_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE agent_workload (
    agent_id             BIGINT  NOT NULL PRIMARY KEY,
    max_concurrent_chats INTEGER NOT NULL,
    active_chats         INTEGER NOT NULL DEFAULT 0 CHECK (active_chats >= 0)
);
