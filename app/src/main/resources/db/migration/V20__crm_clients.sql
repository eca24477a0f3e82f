-- Seed 004's CRM clients and their WhatsApp conversations. Command side: client ids, and which client
-- holds each chat id (one at most).
CREATE SEQUENCE crm_client_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE crm_whatsapp_chat_lookup (
    chat_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    client_id BIGINT       NOT NULL
);
CREATE INDEX crm_whatsapp_chat_lookup_client ON crm_whatsapp_chat_lookup (client_id);

-- Read model "crm clients" (processing group crm): the seed's two tables. A conversation keeps the client it
-- was last linked to (the event's global index decides, whatever order segments apply links in), and
-- outlives that client's deletion: the lookup then answers "Client not found", as the seed's does.
CREATE TABLE crm_clients (
    id         BIGINT       NOT NULL PRIMARY KEY,
    session_id VARCHAR(255) NOT NULL,
    name       VARCHAR(255),
    phone      VARCHAR(50)
);

CREATE TABLE crm_conversations (
    chat_id         VARCHAR(255) NOT NULL PRIMARY KEY,
    client_id       BIGINT       NOT NULL,
    -- global index of the link event that wrote this row
    linked_by_event BIGINT       NOT NULL
);
