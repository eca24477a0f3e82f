-- An agent's current_active_chats is counted from chat_rooms where it is read: a stored counter moved by
-- chats in parallel projection segments would depend on their interleaving (and lock one hot row).
ALTER TABLE agents DROP COLUMN current_active_chats;
