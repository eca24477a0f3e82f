package com.chatcore.query.livechat;

import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatPriorityChangedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.MessagesReadEvent;
import com.chatcore.api.conversation.Reader;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.query.signals.ProjectedMessages;
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
 * The live-chat read model: chat rooms with their unread counters, and their messages. Every handler
 * is idempotent (inserts that ignore duplicates, updates that set values, counters moved only by the
 * rows a statement actually changed), so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(LiveChatProjection.GROUP)
class LiveChatProjection {

    static final String GROUP = "livechat";

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final LiveChatUpdates updates;
    private final ProjectedMessages projectedMessages;

    LiveChatProjection(JdbcTemplate jdbc, DeferredWrites writes, LiveChatUpdates updates,
            ProjectedMessages projectedMessages) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.updates = updates;
        this.projectedMessages = projectedMessages;
    }

    @EventHandler
    void on(ChatStartedEvent event, @Timestamp Instant at) {
        writes.update("""
                INSERT INTO chat_rooms (id, channel, chat_user_id, chat_user_full_name, chat_user_email,
                    chat_user_phone, initial_message, status, priority, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.chatRoomId(), event.channel().name(), event.chatUser().id(), event.chatUser().fullName(),
                event.chatUser().email(), event.chatUser().phoneNumber(), event.initialMessage(),
                event.priority().name(), ts(at), ts(at));
        // A redelivered start finds its room and its message: neither is inserted nor counted again.
        if (event.initialMessageId() != null) {
            insertMessage(event.initialMessageId(), event.chatRoomId(), 0, SenderType.USER, null,
                    event.initialMessage(), "text", at);
        }
        updates.roomChanged(event.chatRoomId());
    }

    @EventHandler
    void on(MessageSentEvent event, @SequenceNumber long position, @Timestamp Instant at) {
        insertMessage(event.messageId(), event.chatRoomId(), position, event.senderType(), event.agentId(),
                event.content(), event.messageType(), at);
        projectedMessages.written(event.messageId(), at, () -> new ChatMessageView(event.messageId(),
                event.chatRoomId(), position, event.senderType(), null, event.content(), event.messageType(), false,
                null, at));
    }

    @EventHandler
    void on(MessagesReadEvent event, @Timestamp Instant at) {
        String counter = event.reader() == Reader.AGENT ? "unread_by_agent" : "unread_by_user";
        writes.update("""
                WITH changed AS (
                    UPDATE chat_messages SET is_read = TRUE, read_at = ?
                    WHERE chat_room_id = ? AND id = ANY (?) AND NOT is_read RETURNING id)
                UPDATE chat_rooms SET %1$s = GREATEST(%1$s - (SELECT count(*) FROM changed), 0)
                WHERE id = ?""".formatted(counter),
                ts(at), event.chatRoomId(), event.messageIds().toArray(String[]::new), event.chatRoomId());
        updates.roomChanged(event.chatRoomId());
    }

    @EventHandler
    void on(ChatTakenEvent event, @Timestamp Instant at) {
        setHolder(event.chatRoomId(), ChatStatus.ACTIVE, event.agentId(), at);
    }

    @EventHandler
    void on(ChatAssignedEvent event, @Timestamp Instant at) {
        setHolder(event.chatRoomId(), ChatStatus.ACTIVE, event.agentId(), at);
    }

    @EventHandler
    void on(ChatTransferredEvent event, @Timestamp Instant at) {
        setHolder(event.chatRoomId(), ChatStatus.ACTIVE, event.toAgentId(), at);
    }

    @EventHandler
    void on(ChatUnassignedEvent event, @Timestamp Instant at) {
        setHolder(event.chatRoomId(), ChatStatus.WAITING, null, at);
    }

    @EventHandler
    void on(ChatResolvedEvent event, @Timestamp Instant at) {
        setStatus(event.chatRoomId(), ChatStatus.RESOLVED, at);
    }

    @EventHandler
    void on(ChatClosedEvent event, @Timestamp Instant at) {
        setStatus(event.chatRoomId(), ChatStatus.CLOSED, at);
    }

    @EventHandler
    void on(ChatPriorityChangedEvent event, @Timestamp Instant at) {
        writes.update("UPDATE chat_rooms SET priority = ?, priority_explicit = TRUE, updated_at = ? WHERE id = ?",
                event.priority().name(), ts(at), event.chatRoomId());
        updates.roomChanged(event.chatRoomId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM chat_messages");
        jdbc.update("DELETE FROM chat_rooms");
    }

    /**
     * One statement: the message, and its room's counters moved only when the message was new. The counters are
     * parameters, so every message is the same statement text and a batch of them is one JDBC batch.
     */
    private void insertMessage(String messageId, String chatRoomId, long position, SenderType senderType,
            Long agentId, String content, String messageType, Instant at) {
        writes.update("""
                WITH inserted AS (
                    INSERT INTO chat_messages (id, chat_room_id, position, sender_type, agent_id, content, message_type,
                        created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING chat_room_id)
                UPDATE chat_rooms SET updated_at = ?, unread_by_agent = unread_by_agent + ?,
                    unread_by_user = unread_by_user + ?
                WHERE id = (SELECT chat_room_id FROM inserted)""",
                messageId, chatRoomId, position, senderType.name(), agentId, content, messageType, ts(at), ts(at),
                senderType == SenderType.USER ? 1 : 0, senderType == SenderType.AGENT ? 1 : 0);
    }

    private void setHolder(String chatRoomId, ChatStatus status, Long agentId, Instant at) {
        writes.update("UPDATE chat_rooms SET status = ?, agent_id = ?, updated_at = ? WHERE id = ?",
                status.name(), agentId, ts(at), chatRoomId);
        updates.roomChanged(chatRoomId);
    }

    private void setStatus(String chatRoomId, ChatStatus status, Instant at) {
        writes.update("UPDATE chat_rooms SET status = ?, updated_at = ? WHERE id = ?", status.name(), ts(at),
                chatRoomId);
        updates.roomChanged(chatRoomId);
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
