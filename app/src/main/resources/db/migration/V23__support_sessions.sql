-- Command side of seed 001's support sessions: one open (waiting or active) session per user
-- (see JdbcSupportSessionRegistry); a resolved or closed session frees its row.
CREATE TABLE support_session_lookup (
    user_id    BIGINT      NOT NULL PRIMARY KEY,
    session_id VARCHAR(36) NOT NULL UNIQUE
);

-- Read side: a user's support sessions, newest first (GET /api/chat/session/active, /api/chat/sessions).
CREATE INDEX chat_rooms_support_user ON chat_rooms (chat_user_id, created_at DESC) WHERE channel = 'SUPPORT';
