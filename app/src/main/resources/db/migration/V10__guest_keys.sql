-- Issue 8: a guest's key is no longer the room id that every agent sees. The read model "guestsessions"
-- keeps the SHA-256 (hex) of each completed session's guest key; guest routes find the room through it.
-- Rooms opened before this change have no separate key: their room id stays their key.
ALTER TABLE guest_sessions ADD COLUMN guest_key_hash VARCHAR(64);
UPDATE guest_sessions SET guest_key_hash = encode(sha256(convert_to(chat_room_id, 'UTF8')), 'hex')
WHERE chat_room_id IS NOT NULL;
CREATE UNIQUE INDEX guest_sessions_guest_key_hash ON guest_sessions (guest_key_hash);
