package com.chatcore.query.analytics;

import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ConversationRatedEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.query.writes.DeferredWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Response-time figures per conversation, for analysts (issue 13; rules in the README, "For analysts"). Every
 * time is the event's own timestamp, never the clock, so a replay gives the same figures. Every row belongs to
 * one conversation, so the default sequencing (per aggregate) keeps it exact under parallel segments; each
 * event first advances the conversation's {@code last_sequence}, and one already applied (redelivered) is
 * skipped.
 */
@Component
@ProcessingGroup(AnalyticsProjection.GROUP)
class AnalyticsProjection {

    static final String GROUP = "analytics";

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;

    AnalyticsProjection(JdbcTemplate jdbc, DeferredWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** One statement: the conversation's row, and the initial message's open reply when the row is new. */
    @EventHandler
    void on(ChatStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        boolean withMessage = event.initialMessageId() != null;
        writes.update("""
                WITH inserted AS (
                    INSERT INTO analytics_conversations (conversation_id, channel, created_at, customer_messages,
                        last_sequence)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id)
                INSERT INTO analytics_replies (conversation_id, message_sequence, asked_at)
                SELECT conversation_id, ?, ? FROM inserted WHERE ?
                ON CONFLICT (conversation_id, message_sequence) DO NOTHING""",
                event.chatRoomId(), event.channel().name(), ts(at), withMessage ? 1 : 0, sequence,
                sequence, ts(at), withMessage);
    }

    /**
     * One statement per message (a message is most of the events), the same text for a customer's and an agent's
     * so a batch of messages is one JDBC batch: the conversation's row advances and counts it, and only when it did
     * (not a redelivery) the reply row is opened (customer) or closed (agent).
     */
    @EventHandler
    void on(MessageSentEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.senderType() == SenderType.SYSTEM) {
            return;
        }
        boolean customer = event.senderType() == SenderType.USER;
        writes.update("""
                WITH counted AS (
                    UPDATE analytics_conversations SET last_sequence = ?,
                        customer_messages = customer_messages + CASE WHEN ? THEN 1 ELSE 0 END,
                        agent_messages = agent_messages + CASE WHEN ? THEN 0 ELSE 1 END,
                        first_response_at = CASE WHEN ? THEN first_response_at
                            ELSE COALESCE(first_response_at, ?) END,
                        first_response_agent_id = CASE WHEN NOT ? AND first_response_at IS NULL THEN ?
                            ELSE first_response_agent_id END
                    WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id),
                asked AS (
                    INSERT INTO analytics_replies (conversation_id, message_sequence, asked_at)
                    SELECT conversation_id, ?, ? FROM counted WHERE ?
                    ON CONFLICT (conversation_id, message_sequence) DO NOTHING)
                UPDATE analytics_replies SET replied_at = ?, agent_id = ?
                WHERE NOT ? AND conversation_id = (SELECT conversation_id FROM counted) AND replied_at IS NULL""",
                sequence, customer, customer, customer, ts(at), customer, event.agentId(), event.chatRoomId(),
                sequence, sequence, ts(at), customer, ts(at), event.agentId(), customer);
    }

    @EventHandler
    void on(ChatTakenEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.chatRoomId(), sequence)) {
            assigned(event.chatRoomId(), event.agentId(), at);
        }
    }

    @EventHandler
    void on(ChatAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.chatRoomId(), sequence)) {
            assigned(event.chatRoomId(), event.agentId(), at);
        }
    }

    @EventHandler
    void on(ChatTransferredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.chatRoomId(), sequence)) {
            writes.update("UPDATE analytics_conversations SET transfers = transfers + 1 WHERE conversation_id = ?",
                    event.chatRoomId());
            assigned(event.chatRoomId(), event.toAgentId(), at);
        }
    }

    @EventHandler
    void on(ChatResolvedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.chatRoomId(), sequence)) {
            Long agentId = event.agentId() != null ? event.agentId() : event.byAgentId();
            writes.update("""
                    UPDATE analytics_conversations SET resolved_at = ?, resolved_agent_id = ?
                    WHERE conversation_id = ? AND resolved_at IS NULL""", ts(at), agentId, event.chatRoomId());
        }
    }

    @EventHandler
    void on(ChatClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.chatRoomId(), sequence)) {
            writes.update("UPDATE analytics_conversations SET closed_at = ? WHERE conversation_id = ?", ts(at),
                    event.chatRoomId());
        }
    }

    @EventHandler
    void on(ConversationRatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.chatRoomId(), sequence)) {
            writes.update("UPDATE analytics_conversations SET rating = ?, rated_at = ? WHERE conversation_id = ?",
                    event.rating(), ts(at), event.chatRoomId());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM analytics_replies");
        jdbc.update("DELETE FROM analytics_conversation_agents");
        jdbc.update("DELETE FROM analytics_conversations");
    }

    /** Marks event {@code sequence} applied; false when it already was (a redelivery) or the chat is unknown. */
    private boolean advance(String conversationId, long sequence) {
        return writes.updateNow("UPDATE analytics_conversations SET last_sequence = ? WHERE conversation_id = ?"
                + " AND last_sequence < ?", sequence, conversationId, sequence) == 1;
    }

    /** The first agent to get the conversation took it out of the queue: that ends its waiting time. */
    private void assigned(String conversationId, long agentId, Instant at) {
        writes.update("""
                UPDATE analytics_conversations SET taken_at = ?, first_agent_id = ?
                WHERE conversation_id = ? AND taken_at IS NULL""", ts(at), agentId, conversationId);
        writes.update("""
                INSERT INTO analytics_conversation_agents (conversation_id, agent_id, assigned_at) VALUES (?, ?, ?)
                ON CONFLICT (conversation_id, agent_id) DO NOTHING""", conversationId, agentId, ts(at));
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
