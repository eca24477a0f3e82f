-- Read model "livechat" (processing group livechat): chat rooms and their messages.
CREATE TABLE chat_rooms (
    id                  VARCHAR(36)              NOT NULL PRIMARY KEY,
    channel             VARCHAR(16)              NOT NULL,
    chat_user_id        BIGINT                   NOT NULL,
    chat_user_full_name VARCHAR(255),
    chat_user_email     VARCHAR(254),
    chat_user_phone     VARCHAR(32),
    initial_message     TEXT,
    status              VARCHAR(16)              NOT NULL,
    agent_id            BIGINT,
    priority            VARCHAR(8)               NOT NULL,
    priority_explicit   BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    unread_by_agent     INTEGER                  NOT NULL DEFAULT 0,
    unread_by_user      INTEGER                  NOT NULL DEFAULT 0
);
CREATE INDEX chat_rooms_status_created ON chat_rooms (status, created_at);
CREATE INDEX chat_rooms_agent_status_updated ON chat_rooms (agent_id, status, updated_at DESC);
CREATE INDEX chat_rooms_updated ON chat_rooms (updated_at DESC);

CREATE TABLE chat_messages (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    chat_room_id VARCHAR(36)              NOT NULL,
    position     BIGINT                   NOT NULL,
    sender_type  VARCHAR(8)               NOT NULL,
    agent_id     BIGINT,
    content      TEXT                     NOT NULL,
    message_type VARCHAR(16)              NOT NULL,
    is_read      BOOLEAN                  NOT NULL DEFAULT FALSE,
    read_at      TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_messages_room_position UNIQUE (chat_room_id, position)
);
CREATE INDEX chat_messages_created ON chat_messages (created_at DESC);

-- Read model "guestsessions": seed 003's pre-chat sessions.
CREATE TABLE guest_sessions (
    session_id   VARCHAR(36)              NOT NULL PRIMARY KEY,
    has_message  BOOLEAN                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed    BOOLEAN                  NOT NULL DEFAULT FALSE,
    chat_room_id VARCHAR(36)
);
