-- Read model "users": tokens carry the generation of their account at issue time; a password change
-- or a deactivation raises it, so every token issued before is refused on every node.
ALTER TABLE users ADD COLUMN token_generation BIGINT NOT NULL DEFAULT 0;
