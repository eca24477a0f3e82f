-- Axon's JDBC dead-letter queue writes and compares these times as ISO-8601 text (as the event and token
-- tables keep theirs); JPA mapped them as timestamps.
ALTER TABLE dead_letter_entry
    ALTER COLUMN enqueued_at TYPE VARCHAR(255)
        USING to_char(enqueued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    ALTER COLUMN last_touched TYPE VARCHAR(255)
        USING to_char(last_touched AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    ALTER COLUMN processing_started TYPE VARCHAR(255)
        USING to_char(processing_started AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
