-- When each message became visible in the read model: projected_at - created_at is the projection
-- lag (event time -> readable), which bench/ reports. clock_timestamp() is the real insert time.
ALTER TABLE chat_messages ADD COLUMN projected_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp();
