-- Read model "directchats" (processing group directchats): seed 002's chats between users.
-- A deleted chat keeps its row (deleted = TRUE), so the write that deleted it can be seen to have landed.
CREATE TABLE direct_chats (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    last_message TEXT                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    deleted      BOOLEAN                  NOT NULL DEFAULT FALSE
);
CREATE INDEX direct_chats_latest ON direct_chats (updated_at DESC, id) WHERE NOT deleted;

CREATE TABLE direct_chat_participants (
    chat_id  VARCHAR(36) NOT NULL,
    user_id  BIGINT      NOT NULL,
    position INTEGER     NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);
CREATE INDEX direct_chat_participants_user ON direct_chat_participants (user_id, chat_id);
