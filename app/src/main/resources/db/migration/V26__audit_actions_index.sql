-- Issue 13: GET /api/audit/users/{id}/actions reads an actor's events in store order. The caller sits in
-- the JSON metadata (bytea); this function reads it and the expression index finds an actor's events
-- without scanning the store. Declared IMMUTABLE (convert_from is only STABLE because of encodings in
-- general; UTF8 to text is fixed) so that it can be indexed.
CREATE FUNCTION audit_caller_id(meta bytea) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT convert_from(meta, 'UTF8')::jsonb ->> 'callerId' $$;

CREATE INDEX domain_event_entry_caller ON domain_event_entry (audit_caller_id(meta_data), global_index);
