-- Read model "notifications" (processing group notifications): seed 003's agent and guest
-- notifications. The group keeps its own agents (names, availability) and chat holders, so that it
-- decides who is notified from the events it has processed, in their order, never from another
-- read model that may be ahead or behind.
CREATE TABLE notification_agents (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    username     VARCHAR(150) NOT NULL,
    first_name   VARCHAR(150),
    last_name    VARCHAR(150),
    is_available BOOLEAN      NOT NULL
);
CREATE INDEX notification_agents_user ON notification_agents (user_id);
CREATE INDEX notification_agents_available ON notification_agents (id) WHERE is_available;

CREATE TABLE notification_chat_rooms (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_name VARCHAR(255),
    agent_id      BIGINT
);

CREATE TABLE notifications (
    id                VARCHAR(36)              NOT NULL PRIMARY KEY,
    seq               BIGSERIAL                NOT NULL,
    audience          VARCHAR(8)               NOT NULL CHECK (audience IN ('AGENT', 'GUEST')),
    agent_id          BIGINT,
    chat_room_id      VARCHAR(36)              NOT NULL,
    notification_type VARCHAR(32)              NOT NULL,
    title             VARCHAR(255)             NOT NULL,
    message           TEXT                     NOT NULL,
    is_read           BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notifications_agent_recipient CHECK ((audience = 'AGENT') = (agent_id IS NOT NULL))
);
CREATE INDEX notifications_agent ON notifications (agent_id, created_at DESC, seq DESC) WHERE audience = 'AGENT';
CREATE INDEX notifications_agent_unread ON notifications (agent_id) WHERE audience = 'AGENT' AND NOT is_read;
CREATE INDEX notifications_guest ON notifications (chat_room_id, created_at DESC, seq DESC) WHERE audience = 'GUEST';
