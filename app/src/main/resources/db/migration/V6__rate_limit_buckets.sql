-- Bucket4j's rate-limit state (web/ratelimit/RateLimiter): one row per limited key, shared by every
-- node. Keys are hashed, so no e-mail address or IP address is stored here.
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(128) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_buckets_expires_at ON rate_limit_buckets (expires_at);
