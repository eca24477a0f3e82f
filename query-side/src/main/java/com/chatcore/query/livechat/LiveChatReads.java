package com.chatcore.query.livechat;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.SenderType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL reads of the live-chat read model. Agent names come from the agents read model in the same
 * statement (a join), never one query per row.
 */
@Component
class LiveChatReads {

    static final String ROOM_SELECT = """
            SELECT c.*, a.user_id AS agent_user_id, a.first_name AS agent_first_name, a.last_name AS agent_last_name
            FROM chat_rooms c LEFT JOIN agents a ON a.id = c.agent_id""";
    static final String MESSAGE_SELECT = """
            SELECT m.*, a.user_id AS agent_user_id, a.first_name AS agent_first_name, a.last_name AS agent_last_name
            FROM chat_messages m LEFT JOIN agents a ON a.id = m.agent_id""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration mediumAfter;
    private final Duration highAfter;

    LiveChatReads(JdbcTemplate jdbc, Clock clock,
            @Value("${chat.queue.priority-medium-after:PT5M}") Duration mediumAfter,
            @Value("${chat.queue.priority-high-after:PT15M}") Duration highAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mediumAfter = mediumAfter;
        this.highAfter = highAfter;
    }

    Optional<ChatRoomView> room(String chatRoomId) {
        return jdbc.query(ROOM_SELECT + " WHERE c.id = ?", this::toRoom, chatRoomId).stream().findFirst();
    }

    List<ChatRoomView> rooms(String where, Object... args) {
        return jdbc.query(ROOM_SELECT + " " + where, this::toRoom, args);
    }

    long count(String where, Object... args) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM chat_rooms c " + where, Long.class, args);
        return count == null ? 0 : count;
    }

    /** The ORDER BY of the waiting queue: effective priority, then age; parameters: high, medium cut-offs. */
    String waitingOrder() {
        return """
                ORDER BY CASE WHEN NOT c.priority_explicit AND c.created_at <= ? THEN 0
                              WHEN NOT c.priority_explicit AND c.created_at <= ? THEN LEAST(1, %s)
                              ELSE %s END, c.created_at, c.id""".formatted(RANK, RANK);
    }

    Object[] waitingOrderArgs() {
        Instant now = clock.instant();
        return new Object[] {Timestamp.from(now.minus(highAfter)), Timestamp.from(now.minus(mediumAfter))};
    }

    Optional<ChatMessageView> message(String messageId) {
        return jdbc.query(MESSAGE_SELECT + " WHERE m.id = ?", LiveChatReads::toMessage, messageId).stream().findFirst();
    }

    List<ChatMessageView> messages(String where, Object... args) {
        return jdbc.query(MESSAGE_SELECT + " " + where, LiveChatReads::toMessage, args);
    }

    private static final String RANK = "CASE c.priority WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END";

    private ChatRoomView toRoom(ResultSet row, int index) throws SQLException {
        Instant createdAt = row.getTimestamp("created_at").toInstant();
        ChatStatus status = ChatStatus.valueOf(row.getString("status"));
        Priority stored = Priority.valueOf(row.getString("priority"));
        Priority priority = row.getBoolean("priority_explicit") || status != ChatStatus.WAITING ? stored
                : escalated(stored, createdAt);
        return new ChatRoomView(row.getString("id"), Channel.valueOf(row.getString("channel")),
                new ChatUser(row.getLong("chat_user_id"), row.getString("chat_user_full_name"),
                        row.getString("chat_user_email"), row.getString("chat_user_phone")),
                row.getString("initial_message"), status, agent(row), priority, createdAt,
                row.getTimestamp("updated_at").toInstant(), row.getInt("unread_by_agent"),
                row.getInt("unread_by_user"));
    }

    private Priority escalated(Priority stored, Instant createdAt) {
        Duration waited = Duration.between(createdAt, clock.instant());
        Priority byAge = waited.compareTo(highAfter) >= 0 ? Priority.HIGH
                : waited.compareTo(mediumAfter) >= 0 ? Priority.MEDIUM : Priority.LOW;
        return byAge.ordinal() < stored.ordinal() ? byAge : stored;
    }

    private static ChatMessageView toMessage(ResultSet row, int index) throws SQLException {
        Timestamp readAt = row.getTimestamp("read_at");
        return new ChatMessageView(row.getString("id"), row.getString("chat_room_id"), row.getLong("position"),
                SenderType.valueOf(row.getString("sender_type")), agent(row), row.getString("content"),
                row.getString("message_type"), row.getBoolean("is_read"), readAt == null ? null : readAt.toInstant(),
                row.getTimestamp("created_at").toInstant());
    }

    private static ChatRoomView.AgentRef agent(ResultSet row) throws SQLException {
        long agentId = row.getLong("agent_id");
        if (row.wasNull()) {
            return null;
        }
        return new ChatRoomView.AgentRef(agentId, row.getLong("agent_user_id"), row.getString("agent_first_name"),
                row.getString("agent_last_name"));
    }
}
