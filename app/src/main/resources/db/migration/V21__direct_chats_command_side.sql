-- Command side of seed 002's direct chats: one chat per participant set (see JdbcDirectChatRegistry).
-- participant_key is the SHA-256 (hex) of the chat's sorted user ids: a fixed-size key for a set of any size.
CREATE TABLE direct_chat_lookup (
    participant_key CHAR(64)    NOT NULL PRIMARY KEY,
    chat_id         VARCHAR(36) NOT NULL
);
CREATE INDEX direct_chat_lookup_chat ON direct_chat_lookup (chat_id);
