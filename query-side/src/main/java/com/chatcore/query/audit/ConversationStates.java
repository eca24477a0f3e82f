package com.chatcore.query.audit;

import com.chatcore.api.audit.AuditSubject;
import com.chatcore.api.audit.ConversationStateView;
import com.chatcore.api.audit.FindConversationStateQuery;
import com.chatcore.api.conversation.MessageSentEvent;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Time travel for auditors: a conversation rebuilt from its own events in the event store, up to an instant,
 * through {@link ConversationStateFold} (never from a read model). Rows are folded as they are read, so no
 * history is held in memory; each payload is deserialized with the event store's own serializer, except the
 * messages before the last one, which are only counted.
 */
@Component
class ConversationStates {

    private static final String MESSAGE_SENT = MessageSentEvent.class.getName();

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    ConversationStates(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @QueryHandler
    Optional<ConversationStateView> handle(FindConversationStateQuery query) {
        AuditStreams streams = AuditStreams.of(AuditSubject.CONVERSATION, query.id());
        // The stream is chosen in the same statement: no such conversation reads no rows, and the fold is empty.
        ConversationStateFold fold = new ConversationStateFold(query.id());
        // PostgreSQL keeps microseconds: the bound is rounded up, and the exact comparison is made here.
        Timestamp bound = Timestamp.from(query.at().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS));
        PendingMessage[] last = new PendingMessage[1];
        jdbc.query("""
                SELECT time_stamp, payload_type, payload_revision, payload FROM domain_event_entry
                WHERE aggregate_identifier = %s AND time_stamp::timestamptz <= ? ORDER BY sequence_number"""
                        .formatted(streams.chosenSql()),
                row -> {
                    Instant timestamp = Instant.parse(row.getString("time_stamp"));
                    if (timestamp.isAfter(query.at())) {
                        return;
                    }
                    String type = row.getString("payload_type");
                    if (MESSAGE_SENT.equals(type)) {
                        // Most of a conversation: counted here, and only the last one read (below).
                        fold.messageCounted(timestamp);
                        last[0] = new PendingMessage(row.getBytes("payload"), row.getString("payload_revision"),
                                timestamp);
                        return;
                    }
                    Object event = deserialize(row.getBytes("payload"), type, row.getString("payload_revision"));
                    if (!(event instanceof UnknownSerializedType)) {
                        fold.apply(event, timestamp);
                    }
                }, streams.arguments(bound));
        if (last[0] != null
                && deserialize(last[0].payload(), MESSAGE_SENT, last[0].revision()) instanceof MessageSentEvent sent) {
            fold.lastMessage(sent, last[0].timestamp());
        }
        return fold.view();
    }

    private Object deserialize(byte[] payload, String type, String revision) {
        return serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class, type, revision));
    }

    /** The latest message row seen, read only if no later one comes. */
    private record PendingMessage(byte[] payload, String revision, Instant timestamp) {
    }
}
