-- A scratch copy of Axon's event table (app/.../db/migration/V1__axon_event_store.sql), seeded with
-- :aggregates aggregates of :events events each, for bench/pg/command.sql. Run it in a scratch database:
-- it drops and recreates the table.
DROP TABLE IF EXISTS domain_event_entry;
DROP SEQUENCE IF EXISTS domain_event_entry_seq;
CREATE SEQUENCE domain_event_entry_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE domain_event_entry (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number)
);
INSERT INTO domain_event_entry
SELECT nextval('domain_event_entry_seq'), gen_random_uuid()::text, 'chat-' || a, s, 'ChatRoom',
       now()::text, 'com.chatcore.livechat.MessageSent', NULL,
       convert_to('{"chatRoomId":"chat-' || a || '","content":"seed message ' || s || '","senderType":"guest"}', 'UTF8'),
       convert_to('{"traceId":"' || gen_random_uuid() || '"}', 'UTF8')
FROM generate_series(0, :aggregates - 1) a, generate_series(0, :events - 1) s;
VACUUM ANALYZE domain_event_entry;
