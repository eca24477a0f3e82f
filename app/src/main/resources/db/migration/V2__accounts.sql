-- Command side: numeric ids and the set-based uniqueness of usernames and emails.
CREATE SEQUENCE user_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE agent_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE user_lookup (
    user_id  BIGINT       NOT NULL PRIMARY KEY,
    username VARCHAR(150) NOT NULL,
    email    VARCHAR(254) NOT NULL
);
CREATE UNIQUE INDEX user_lookup_username ON user_lookup (lower(username));
CREATE UNIQUE INDEX user_lookup_email ON user_lookup (lower(email));

-- Security: revoked token ids, until the token would have expired anyway.
CREATE TABLE revoked_token (
    token_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    user_id    BIGINT                   NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revoked_token_expires_at ON revoked_token (expires_at);

-- Read model "users" (processing group users).
CREATE TABLE users (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(150) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    first_name    VARCHAR(150) NOT NULL,
    last_name     VARCHAR(150) NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('USER', 'AGENT', 'SUPERUSER')),
    password_hash VARCHAR(255) NOT NULL,
    active        BOOLEAN      NOT NULL
);
CREATE UNIQUE INDEX users_username ON users (lower(username));

-- Read model "agents" (processing group agents).
CREATE TABLE agents (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    user_id              BIGINT       NOT NULL UNIQUE,
    username             VARCHAR(150) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    first_name           VARCHAR(150) NOT NULL,
    last_name            VARCHAR(150) NOT NULL,
    is_available         BOOLEAN      NOT NULL,
    current_active_chats INTEGER      NOT NULL DEFAULT 0,
    max_concurrent_chats INTEGER      NOT NULL
);
CREATE UNIQUE INDEX agents_username ON agents (lower(username));
