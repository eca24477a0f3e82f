package com.chatcore.query.notifications;

import com.chatcore.api.notification.NotificationListView;
import com.chatcore.api.notification.NotificationType;
import com.chatcore.api.notification.NotificationView;
import com.chatcore.api.notification.UnreadNotificationsView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL reads of the notifications read model, per recipient: an agent, or the guest of a chat room. */
@Component
class NotificationReads {

    static final int MAX_LIMIT = 100;

    private static final String AGENT = "audience = 'AGENT' AND agent_id = ?";
    private static final String GUEST = "audience = 'GUEST' AND chat_room_id = ?";

    private final JdbcTemplate jdbc;

    NotificationReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    NotificationListView forAgent(long agentId, int limit) {
        return list(AGENT, agentId, limit);
    }

    NotificationListView forGuest(String chatRoomId, int limit) {
        return list(GUEST, chatRoomId, limit);
    }

    UnreadNotificationsView unreadOfAgent(long agentId, List<String> ids) {
        return unread(AGENT, agentId, ids);
    }

    UnreadNotificationsView unreadOfGuest(String chatRoomId, List<String> ids) {
        return unread(GUEST, chatRoomId, ids);
    }

    private NotificationListView list(String recipient, Object key, int limit) {
        int bounded = Math.max(0, Math.min(limit, MAX_LIMIT));
        List<NotificationView> notifications = bounded == 0 ? List.of() : jdbc.query("""
                SELECT id, notification_type, title, message, chat_room_id, is_read, created_at FROM notifications
                WHERE %s ORDER BY created_at DESC, seq DESC LIMIT ?""".formatted(recipient),
                NotificationReads::toView, key, bounded);
        return jdbc.queryForObject("""
                SELECT count(*) AS total, count(*) FILTER (WHERE NOT is_read) AS unread FROM notifications
                WHERE %s""".formatted(recipient),
                (row, i) -> new NotificationListView(notifications, row.getLong("unread"), row.getLong("total")), key);
    }

    /** {@code ids == null}: every unread notification of the recipient. */
    private UnreadNotificationsView unread(String recipient, Object key, List<String> ids) {
        List<Object> args = new ArrayList<>(List.of(key));
        String where = recipient + " AND NOT is_read";
        if (ids != null) {
            if (ids.isEmpty()) {
                return new UnreadNotificationsView(List.of());
            }
            where += " AND id = ANY (?)";
            args.add(ids.toArray(String[]::new));
        }
        return new UnreadNotificationsView(jdbc.queryForList("SELECT id FROM notifications WHERE " + where
                + " ORDER BY seq", String.class, args.toArray()));
    }

    private static NotificationView toView(ResultSet row, int index) throws SQLException {
        return new NotificationView(row.getString("id"), NotificationType.valueOf(row.getString("notification_type")),
                row.getString("title"), row.getString("message"), row.getString("chat_room_id"),
                row.getBoolean("is_read"), row.getTimestamp("created_at").toInstant());
    }
}
