-- Read model "analytics" (processing group analytics): response-time figures per conversation, for analysts
-- (issue 13). Every time is an event's own timestamp, so a replay rebuilds identical figures. last_sequence is
-- the conversation's last event applied: a redelivered event (at-least-once) is recognised and changes nothing.
CREATE TABLE analytics_conversations (
    conversation_id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    channel                 VARCHAR(16)              NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_at                TIMESTAMP WITH TIME ZONE,
    first_agent_id          BIGINT,
    first_response_at       TIMESTAMP WITH TIME ZONE,
    first_response_agent_id BIGINT,
    resolved_at             TIMESTAMP WITH TIME ZONE,
    resolved_agent_id       BIGINT,
    closed_at               TIMESTAMP WITH TIME ZONE,
    transfers               INTEGER                  NOT NULL DEFAULT 0,
    customer_messages       INTEGER                  NOT NULL DEFAULT 0,
    agent_messages          INTEGER                  NOT NULL DEFAULT 0,
    rating                  SMALLINT,
    rated_at                TIMESTAMP WITH TIME ZONE,
    last_sequence           BIGINT                   NOT NULL
);
CREATE INDEX analytics_conversations_created ON analytics_conversations (created_at);

-- Every agent a conversation was assigned to (taken, assigned, transferred to), with when it first was.
CREATE TABLE analytics_conversation_agents (
    conversation_id VARCHAR(36)              NOT NULL,
    agent_id        BIGINT                   NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, agent_id)
);
CREATE INDEX analytics_conversation_agents_agent ON analytics_conversation_agents (agent_id, conversation_id);

-- One row per customer message (message_sequence: its event's place in the conversation's stream), answered
-- by the next agent message: replied_at and the replying agent; both null while unanswered.
CREATE TABLE analytics_replies (
    conversation_id  VARCHAR(36)              NOT NULL,
    message_sequence BIGINT                   NOT NULL,
    asked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    replied_at       TIMESTAMP WITH TIME ZONE,
    agent_id         BIGINT,
    PRIMARY KEY (conversation_id, message_sequence)
);
CREATE INDEX analytics_replies_agent ON analytics_replies (agent_id) WHERE replied_at IS NOT NULL;
