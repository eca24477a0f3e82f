-- Issue 13: auditors are accounts too (role AUDITOR), read-only across every conversation.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('USER', 'AGENT', 'SUPERUSER', 'AUDITOR'));
CREATE INDEX users_role ON users (role, id) WHERE active;
