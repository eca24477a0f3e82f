-- Seed 000's CRM chats. Command side: their integer ids.
CREATE SEQUENCE crm_chat_id_seq START WITH 1 INCREMENT BY 1;

-- Read model "crm chats" (processing group crm): one row per chat not deleted.
CREATE TABLE crm_chats (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    session_id BIGINT                   NOT NULL,
    contact_id BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
