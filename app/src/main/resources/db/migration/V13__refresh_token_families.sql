-- Security: refresh token families (issue 10). A family is one login of /api/token/ and every token
-- refreshed from it; its tokens carry its id as the token_family claim.

-- The first use of each refresh token. The row that wins the insert fixes the pair every use within the
-- grace window answers: the tokens are derived again from these ids and this time, never stored.
CREATE TABLE refresh_token_use (
    token_id      VARCHAR(64)              NOT NULL PRIMARY KEY,
    token_family  VARCHAR(64)              NOT NULL,
    user_id       BIGINT                   NOT NULL,
    first_used_at TIMESTAMP WITH TIME ZONE NOT NULL,
    access_id     VARCHAR(64)              NOT NULL,
    refresh_id    VARCHAR(64)              NOT NULL,
    -- When the used token expires: the row is useless after that.
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX refresh_token_use_expires_at ON refresh_token_use (expires_at);

-- Families ended by logout or by a refresh token reused after its grace window: every token carrying the
-- family's id is refused, until no token of it could still be alive.
CREATE TABLE revoked_token_family (
    token_family VARCHAR(64)              NOT NULL PRIMARY KEY,
    user_id      BIGINT                   NOT NULL,
    reason       VARCHAR(16)              NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revoked_token_family_expires_at ON revoked_token_family (expires_at);
