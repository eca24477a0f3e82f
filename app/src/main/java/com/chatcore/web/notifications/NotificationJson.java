package com.chatcore.web.notifications;

import com.chatcore.api.notification.NotificationListView;
import com.chatcore.api.notification.NotificationView;
import com.chatcore.web.livechat.LiveChatJson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Seed 003's notification JSON shapes, in the seed's field order. */
public final class NotificationJson {

    private NotificationJson() {
    }

    /**
     * {@code {id, notification_type, title, message, chat_room, is_read, created_at}}, plus {@code chat_room_id}
     * (the same room id), which the public seed-003 client reads to open or take the chat a notification is about.
     */
    public static Map<String, Object> forAgent(NotificationView notification) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", notification.id());
        json.put("notification_type", LiveChatJson.lower(notification.type()));
        json.put("title", notification.title());
        json.put("message", notification.message());
        json.put("chat_room", notification.chatRoomId());
        json.put("chat_room_id", notification.chatRoomId());
        json.put("is_read", notification.read());
        json.put("created_at", notification.createdAt());
        return json;
    }

    /** {@code {id, notification_type, title, message, is_read, created_at}}: the room is the guest's own. */
    public static Map<String, Object> forGuest(NotificationView notification) {
        Map<String, Object> json = forAgent(notification);
        json.remove("chat_room");
        json.remove("chat_room_id");
        return json;
    }

    /** {@code {notifications: [...], unread_count, total_count}}. */
    static Map<String, Object> list(NotificationListView view, Function<NotificationView, Map<String, Object>> item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("notifications", view.notifications().stream().map(item).toList());
        json.put("unread_count", view.unreadCount());
        json.put("total_count", view.totalCount());
        return json;
    }

    /** The answer of {@code mark_read}. */
    static Map<String, Object> marked(int count) {
        return updated(count + " notificaciones marcadas como leídas", count);
    }

    /** The answer of {@code mark_all_read}. */
    static Map<String, Object> allMarked(int count) {
        return updated("Todas las notificaciones (" + count + ") marcadas como leídas", count);
    }

    private static Map<String, Object> updated(String message, int count) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("success", true);
        json.put("message", message);
        json.put("updated_count", count);
        return json;
    }
}
