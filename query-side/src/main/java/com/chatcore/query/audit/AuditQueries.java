package com.chatcore.query.audit;

import com.chatcore.api.audit.AuditEventPage;
import com.chatcore.api.audit.AuditEventView;
import com.chatcore.api.audit.FindActionsQuery;
import com.chatcore.api.audit.FindAuditEventsQuery;
import com.chatcore.api.audit.StreamAuditEventsQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Issue 13's audit reads, straight from the event store (Axon's {@code domain_event_entry}), not from a
 * projection: what an auditor sees is what was stored. Stream reads use the unique index on
 * (aggregate_identifier, sequence_number); an actor's reads use {@code domain_event_entry_caller}.
 */
@Component
class AuditQueries {

    private static final String STREAM_LENGTH = "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?";
    private static final String PAGE_WITH_LENGTH = AuditRows.select(", (" + STREAM_LENGTH + ") AS stream_length")
            + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number LIMIT ? OFFSET ?";

    private final JdbcTemplate jdbc;
    private final EventCursors cursors;

    AuditQueries(JdbcTemplate jdbc, EventCursors cursors) {
        this.jdbc = jdbc;
        this.cursors = cursors;
    }

    @QueryHandler
    Optional<AuditEventPage> handle(FindAuditEventsQuery query) {
        Optional<String> stream = AuditStreams.of(query.subject(), query.id()).existing(jdbc);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        // The page and its stream's length in one round trip; an empty page (past the end) counts apart.
        long[] count = {-1};
        List<AuditEventView> events = jdbc.query(PAGE_WITH_LENGTH, (row, index) -> {
            count[0] = row.getLong("stream_length");
            return AuditRows.view(row, index);
        }, stream.get(), stream.get(), query.pageSize(), offset(query.page(), query.pageSize()));
        if (events.isEmpty()) {
            Long length = jdbc.queryForObject(STREAM_LENGTH, Long.class, stream.get());
            count[0] = length == null ? 0 : length;
        }
        return Optional.of(new AuditEventPage(count[0], events));
    }

    /** The caller closes the stream (Axon does when the streaming query ends or is cancelled). */
    @QueryHandler
    Stream<AuditEventView> handle(StreamAuditEventsQuery query) {
        return AuditStreams.of(query.subject(), query.id()).existing(jdbc)
                .map(stream -> cursors.open(AuditRows.SELECT
                        + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number", stream))
                .orElseGet(Stream::empty);
    }

    @QueryHandler
    AuditEventPage handle(FindActionsQuery query) {
        StringBuilder where = new StringBuilder("WHERE audit_caller_id(e.meta_data) = ? AND e.type <> 'GuestSession'");
        List<Object> arguments = new ArrayList<>(List.of(Long.toString(query.userId())));
        if (query.from() != null) {
            where.append(" AND e.time_stamp::timestamptz >= ?");
            arguments.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND e.time_stamp::timestamptz <= ?");
            arguments.add(Timestamp.from(query.to()));
        }
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry e " + where, Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(query.pageSize());
        paged.add(offset(query.page(), query.pageSize()));
        List<AuditEventView> events = jdbc.query(AuditRows.SELECT + where + " ORDER BY e.global_index LIMIT ? OFFSET ?",
                AuditRows::view, paged.toArray());
        return new AuditEventPage(count == null ? 0 : count, Collections.unmodifiableList(events));
    }

    private static long offset(int page, int pageSize) {
        return (long) (page - 1) * pageSize;
    }
}
