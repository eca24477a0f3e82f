package com.chatcore.query.notifications;

import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.notification.Notice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes of the notifications read model. Every write is idempotent: rows are upserted or set, and a
 * notification's id derives from the event and its recipient, so a redelivered event inserts nothing.
 */
@Component
class NotificationStore {

    private final JdbcTemplate jdbc;

    NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveAgent(AgentRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO notification_agents (id, user_id, username, first_name, last_name, is_available)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET user_id = EXCLUDED.user_id,
                    username = EXCLUDED.username, first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                    is_available = EXCLUDED.is_available""",
                event.agentId(), event.userId(), event.username(), event.firstName(), event.lastName(),
                event.available());
    }

    void renameAgentOfUser(long userId, String firstName, String lastName) {
        jdbc.update("UPDATE notification_agents SET first_name = ?, last_name = ? WHERE user_id = ?",
                firstName, lastName, userId);
    }

    void setAvailability(long agentId, boolean available) {
        jdbc.update("UPDATE notification_agents SET is_available = ? WHERE id = ?", available, agentId);
    }

    List<Long> availableAgents() {
        return jdbc.queryForList("SELECT id FROM notification_agents WHERE is_available ORDER BY id", Long.class);
    }

    String agentName(Long agentId) {
        if (agentId == null) {
            return Notice.UNKNOWN_AGENT;
        }
        return jdbc.query("SELECT username, first_name, last_name FROM notification_agents WHERE id = ?",
                (row, i) -> Notice.agent(row.getString("first_name"), row.getString("last_name"),
                        row.getString("username")), agentId).stream().findFirst().orElse(Notice.UNKNOWN_AGENT);
    }

    void saveRoom(String chatRoomId, String customerName) {
        jdbc.update("""
                INSERT INTO notification_chat_rooms (id, customer_name) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET customer_name = EXCLUDED.customer_name""", chatRoomId, customerName);
    }

    void setHolder(String chatRoomId, Long agentId) {
        jdbc.update("UPDATE notification_chat_rooms SET agent_id = ? WHERE id = ?", agentId, chatRoomId);
    }

    /** Who holds a chat (null: nobody) and its customer's name as notifications show it. */
    record HeldRoom(Long holder, String customer) {
    }

    HeldRoom heldRoom(String chatRoomId) {
        return jdbc.query("SELECT agent_id, customer_name FROM notification_chat_rooms WHERE id = ?",
                (row, i) -> new HeldRoom(row.getObject("agent_id", Long.class),
                        Notice.customer(row.getString("customer_name"))), chatRoomId)
                .stream().findFirst().orElse(new HeldRoom(null, Notice.UNKNOWN_CUSTOMER));
    }

    String customerName(String chatRoomId) {
        return jdbc.query("SELECT customer_name FROM notification_chat_rooms WHERE id = ?",
                (row, i) -> row.getString("customer_name"), chatRoomId).stream()
                .map(Notice::customer).findFirst().orElse(Notice.UNKNOWN_CUSTOMER);
    }

    void notifyAgent(String eventId, long agentId, String chatRoomId, Notice notice, Instant at) {
        insert(Notice.id(eventId, Notice.agentRecipient(agentId)), "AGENT", agentId, chatRoomId, notice, at);
    }

    void notifyGuest(String eventId, String chatRoomId, Notice notice, Instant at) {
        insert(Notice.id(eventId, Notice.guestRecipient(chatRoomId)), "GUEST", null, chatRoomId, notice, at);
    }

    void markAgentNotificationsRead(long agentId, List<String> ids) {
        jdbc.update("""
                UPDATE notifications SET is_read = TRUE
                WHERE audience = 'AGENT' AND agent_id = ? AND id = ANY (?) AND NOT is_read""",
                agentId, ids.toArray(String[]::new));
    }

    void markGuestNotificationsRead(String chatRoomId, List<String> ids) {
        jdbc.update("""
                UPDATE notifications SET is_read = TRUE
                WHERE audience = 'GUEST' AND chat_room_id = ? AND id = ANY (?) AND NOT is_read""",
                chatRoomId, ids.toArray(String[]::new));
    }

    void clear() {
        jdbc.update("DELETE FROM notifications");
        jdbc.update("DELETE FROM notification_chat_rooms");
        jdbc.update("DELETE FROM notification_agents");
    }

    private void insert(String id, String audience, Long agentId, String chatRoomId, Notice notice, Instant at) {
        jdbc.update("""
                INSERT INTO notifications (id, audience, agent_id, chat_room_id, notification_type, title, message,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                id, audience, agentId, chatRoomId, notice.type().name(), notice.title(), notice.message(),
                Timestamp.from(at));
    }
}
