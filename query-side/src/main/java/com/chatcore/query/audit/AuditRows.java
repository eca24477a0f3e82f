package com.chatcore.query.audit;

import com.chatcore.api.audit.AuditActor;
import com.chatcore.api.audit.AuditEventView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How an auditor reads a row of {@code domain_event_entry}: plain SQL on Axon's table, the caller taken from
 * the metadata, and the payload as JSON with every secret field removed by PostgreSQL before it leaves the
 * database.
 */
final class AuditRows {

    /**
     * Payload fields an auditor never sees: the BCrypt hash of {@code UserRegisteredEvent} and
     * {@code UserPasswordChangedEvent}, the hash of a guest's key in {@code GuestSessionCompletedEvent}.
     * {@code AuditRedactionTest} fails when an event gains a field that looks secret and is not listed here.
     */
    static final List<String> REDACTED_FIELDS = List.of("passwordHash", "guestKeyHash");

    /** Every column of an audit row; {@code e} is {@code domain_event_entry}. */
    static final String SELECT = select("");

    /**
     * The columns of {@link #SELECT} and {@code extraColumns} (", expression AS name"). A payload is parsed
     * as JSON (to drop the secret fields) only when its text names one of them: most payloads (messages)
     * leave the database as stored, which costs PostgreSQL far less than a {@code jsonb} round per row.
     */
    static String select(String extraColumns) {
        String names = REDACTED_FIELDS.stream().map(field -> "'" + field + "'")
                .collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));
        String mayHoldSecrets = REDACTED_FIELDS.stream().map(field -> "strpos(p.text, '\"" + field + "\"') > 0")
                .collect(Collectors.joining(" OR "));
        return """
                SELECT e.type AS aggregate_type, e.aggregate_identifier, e.sequence_number, e.global_index,
                       e.payload_type, e.time_stamp,
                       m.meta ->> 'callerId' AS caller_id, m.meta ->> 'callerRole' AS caller_role,
                       m.meta ->> 'correlationId' AS correlation_id,
                       CASE WHEN %s THEN (p.text::jsonb - %s)::text ELSE p.text END AS payload%s
                FROM domain_event_entry e
                CROSS JOIN LATERAL (SELECT convert_from(e.meta_data, 'UTF8')::jsonb AS meta) m
                CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8') AS text) p
                """.formatted(mayHoldSecrets, names, extraColumns);
    }

    private AuditRows() {
    }

    static AuditEventView view(ResultSet row, int index) throws SQLException {
        String payloadType = row.getString("payload_type");
        return new AuditEventView(row.getString("aggregate_type"), row.getString("aggregate_identifier"),
                row.getLong("sequence_number"), row.getLong("global_index"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), Instant.parse(row.getString("time_stamp")),
                actor(row.getString("caller_id"), row.getString("caller_role")), row.getString("correlation_id"),
                row.getString("payload"));
    }

    /** The caller metadata names an account by its id, a guest as "anonymous", the server as "system". */
    static AuditActor actor(String callerId, String role) {
        if ("anonymous".equals(callerId)) {
            return new AuditActor(null, "GUEST");
        }
        if (callerId == null || "system".equals(callerId)) {
            return new AuditActor(null, "SYSTEM");
        }
        try {
            return new AuditActor(Long.parseLong(callerId), role);
        } catch (NumberFormatException e) {
            return new AuditActor(null, role == null ? "SYSTEM" : role);
        }
    }
}
