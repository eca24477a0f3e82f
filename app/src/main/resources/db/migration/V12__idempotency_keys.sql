-- Issue 9: creating POSTs honour Idempotency-Key. One row per (caller, key): the request's fingerprint and,
-- once answered, the answer, replayed to a retry for 24 hours.
CREATE TABLE idempotency_key (
    scope        VARCHAR(100)             NOT NULL,
    idem_key     VARCHAR(255)             NOT NULL,
    fingerprint  VARCHAR(64)              NOT NULL,
    status       INTEGER,
    content_type VARCHAR(255),
    body         BYTEA,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
