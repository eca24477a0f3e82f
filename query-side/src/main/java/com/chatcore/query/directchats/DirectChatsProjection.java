package com.chatcore.query.directchats;

import com.chatcore.api.directchat.DirectChatCreatedEvent;
import com.chatcore.api.directchat.DirectChatDeletedEvent;
import com.chatcore.api.directchat.DirectChatParticipantsChangedEvent;
import com.chatcore.api.directchat.DirectMessageSentEvent;
import com.chatcore.api.directchat.DirectMessagesSeenEvent;
import com.chatcore.api.directchat.FindDirectChatQuery;
import com.chatcore.api.directchat.LastMessageChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The direct chats read model. Each row carries the sequence number of the chat's latest event applied
 * ({@code version}, seed 002's {@code __v}): a change applies only to a row that has not seen it, so a
 * redelivered event changes nothing. Times are the events' own.
 */
@Component
@ProcessingGroup(DirectChatsProjection.GROUP)
class DirectChatsProjection {

    static final String GROUP = "directchats";

    private final JdbcTemplate jdbc;
    private final DirectChatReads reads;
    private final QueryUpdateEmitter updates;

    DirectChatsProjection(JdbcTemplate jdbc, DirectChatReads reads, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.updates = updates;
    }

    @EventHandler
    void on(DirectChatCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        int inserted = jdbc.update("""
                INSERT INTO direct_chats (id, last_message, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.chatId(), event.lastMessage().json(), ts(at), ts(at), sequence);
        if (inserted == 1) {
            insertParticipants(event.chatId(), event.participantIds());
        }
        announce(event.chatId());
    }

    @EventHandler
    void on(DirectChatParticipantsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("UPDATE direct_chats SET updated_at = ?, version = ? WHERE id = ? AND version < ?",
                ts(at), sequence, event.chatId(), sequence) == 1) {
            jdbc.update("DELETE FROM direct_chat_participants WHERE chat_id = ?", event.chatId());
            insertParticipants(event.chatId(), event.participantIds());
        }
        announce(event.chatId());
    }

    @EventHandler
    void on(LastMessageChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE direct_chats SET last_message = ?, updated_at = ?, version = ?
                WHERE id = ? AND version < ?""",
                event.lastMessage().json(), ts(at), sequence, event.chatId(), sequence);
        announce(event.chatId());
    }

    /** Messages show in the chat through the last message that follows each; they only move the version here. */
    @EventHandler
    void on(DirectMessageSentEvent event, @SequenceNumber long sequence) {
        bumpVersion(event.chatId(), sequence);
    }

    @EventHandler
    void on(DirectMessagesSeenEvent event, @SequenceNumber long sequence) {
        bumpVersion(event.chatId(), sequence);
    }

    private void bumpVersion(String chatId, long sequence) {
        jdbc.update("UPDATE direct_chats SET version = ? WHERE id = ? AND version < ?", sequence, chatId, sequence);
        announce(chatId);
    }

    @EventHandler
    void on(DirectChatDeletedEvent event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE direct_chats SET deleted = TRUE, version = ? WHERE id = ? AND version < ?", sequence,
                event.chatId(), sequence);
        announce(event.chatId());
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM direct_chat_participants");
        jdbc.update("DELETE FROM direct_chats");
    }

    private void insertParticipants(String chatId, List<Long> userIds) {
        jdbc.update("""
                INSERT INTO direct_chat_participants (chat_id, user_id, position)
                SELECT ?, user_id, position - 1 FROM unnest(?::bigint[]) WITH ORDINALITY AS t (user_id, position)
                ON CONFLICT DO NOTHING""", chatId, userIds.toArray(Long[]::new));
    }

    /**
     * Pushes the chat to the writes waiting for it (read-your-writes), once the projection's transaction
     * commits (Axon's emitter waits for it); read back only while somebody waits for a chat.
     */
    private void announce(String chatId) {
        boolean awaited = updates.activeSubscriptions().stream()
                .anyMatch(subscription -> subscription.getPayload() instanceof FindDirectChatQuery);
        if (awaited) {
            reads.chat(chatId).ifPresent(view -> updates.emit(FindDirectChatQuery.class,
                    q -> q.chatId().equals(chatId), view));
        }
    }
}
