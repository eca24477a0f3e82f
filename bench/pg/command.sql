-- pgbench script shaped like one Axon command on the event store: in one transaction, read the
-- aggregate's last 50 events, then append one. Each client keeps to its own aggregates (25 each, as
-- bench/pg/schema.sql seeds them), so appends never race for a sequence number.
\set aggregate :client_id * 25 + random(0, 24)
BEGIN;
SELECT global_index, event_identifier, sequence_number, time_stamp, payload_type, payload, meta_data
  FROM domain_event_entry WHERE aggregate_identifier = 'chat-' || :aggregate::int
  ORDER BY sequence_number DESC LIMIT 50;
INSERT INTO domain_event_entry
SELECT nextval('domain_event_entry_seq'), gen_random_uuid()::text, 'chat-' || :aggregate::int, max(sequence_number) + 1,
       'ChatRoom', now()::text, 'com.chatcore.livechat.MessageSent', NULL,
       convert_to('{"chatRoomId":"chat-' || :aggregate::int || '","content":"pgbench message","senderType":"guest"}', 'UTF8'),
       convert_to('{"traceId":"' || gen_random_uuid() || '"}', 'UTF8')
  FROM domain_event_entry WHERE aggregate_identifier = 'chat-' || :aggregate::int;
COMMIT;
