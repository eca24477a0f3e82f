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

    private final JdbcTemplate jdbc;
    private final EventCursors cursors;

    AuditQueries(JdbcTemplate jdbc, EventCursors cursors) {
        this.jdbc = jdbc;
        this.cursors = cursors;
    }

    @QueryHandler
    Optional<AuditEventPage> handle(FindAuditEventsQuery query) {
        AuditStreams streams = AuditStreams.of(query.subject(), query.id());
        if (streams.aggregateIds().isEmpty()) {
            return Optional.empty();
        }
        // Under load every round trip waits for a core twice (here and in PostgreSQL): one statement finds
        // the stream, counts it and reads the page. No row: no such stream; a row without an event: the page
        // lies past the end.
        long[] length = {-1};
        List<AuditEventView> events = new ArrayList<>();
        jdbc.query(pageSql(streams), row -> {
            length[0] = row.getLong("stream_length");
            if (row.getObject("global_index") != null) {
                events.add(AuditRows.view(row, events.size()));
            }
        }, streams.arguments(query.pageSize(), offset(query.page(), query.pageSize())));
        return length[0] < 0 ? Optional.empty()
                : Optional.of(new AuditEventPage(length[0], Collections.unmodifiableList(events)));
    }

    /** MATERIALIZED: the count runs once, not once per row of the page. */
    private static String pageSql(AuditStreams streams) {
        return "WITH stream AS MATERIALIZED (SELECT chosen.aggregate_identifier, (SELECT count(*) FROM "
                + "domain_event_entry c WHERE c.aggregate_identifier = chosen.aggregate_identifier) AS stream_length "
                + "FROM " + streams.chosenSql() + " chosen) "
                + "SELECT stream.stream_length, page.* FROM stream LEFT JOIN LATERAL ("
                + AuditRows.SELECT + "WHERE e.aggregate_identifier = stream.aggregate_identifier "
                + "ORDER BY e.sequence_number LIMIT ? OFFSET ?) page ON true ORDER BY page.sequence_number";
    }

    /** The caller closes the stream (Axon does when the streaming query ends or is cancelled). */
    @QueryHandler
    Stream<AuditEventView> handle(StreamAuditEventsQuery query) {
        AuditStreams streams = AuditStreams.of(query.subject(), query.id());
        if (streams.aggregateIds().isEmpty()) {
            return Stream.empty();
        }
        // No such stream: the cursor reads no rows.
        return cursors.open(AuditRows.SELECT + "WHERE e.aggregate_identifier = " + streams.chosenSql()
                + " ORDER BY e.sequence_number", streams.arguments());
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
