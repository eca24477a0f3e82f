-- Axon's JDBC storage engine leaves global_index to the database (Hibernate drew it from this sequence
-- itself). One value per row, as before: no allocation gaps.
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_seq');
ALTER SEQUENCE domain_event_entry_seq OWNED BY domain_event_entry.global_index;
