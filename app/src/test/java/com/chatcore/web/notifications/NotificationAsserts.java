package com.chatcore.web.notifications;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact checks of seed 003's notification JSON. */
final class NotificationAsserts {

    private NotificationAsserts() {
    }

    /** The answer of {@code mark_read}. */
    static String marked(int count) {
        return "{\"success\": true, \"message\": \"" + count + " notificaciones marcadas como leídas\","
                + " \"updated_count\": " + count + "}";
    }

    /** The answer of {@code mark_all_read}. */
    static String allMarked(int count) {
        return "{\"success\": true, \"message\": \"Todas las notificaciones (" + count
                + ") marcadas como leídas\", \"updated_count\": " + count + "}";
    }

    static void assertList(JsonNode response, int unread, int total) {
        assertThat(response.propertyNames()).containsExactly("notifications", "unread_count", "total_count");
        assertThat(response.get("notifications").isArray()).isTrue();
        assertThat(response.get("unread_count").isIntegralNumber()).isTrue();
        assertThat(response.get("unread_count").asInt()).isEqualTo(unread);
        assertThat(response.get("total_count").isIntegralNumber()).isTrue();
        assertThat(response.get("total_count").asInt()).isEqualTo(total);
    }

    static void assertAgentItem(JsonNode item, String type, String title, String message, String chatRoomId,
            boolean read, Instant createdAt) {
        assertThat(item.propertyNames()).containsExactly("id", "notification_type", "title", "message", "chat_room",
                "chat_room_id", "is_read", "created_at");
        assertThat(item.get("chat_room").asString()).isEqualTo(chatRoomId);
        assertThat(item.get("chat_room_id").asString()).as("the public seed-003 client's name for chat_room")
                .isEqualTo(chatRoomId);
        assertCommon(item, type, title, message, read, createdAt);
    }

    static void assertGuestItem(JsonNode item, String type, String title, String message, boolean read,
            Instant createdAt) {
        assertThat(item.propertyNames())
                .containsExactly("id", "notification_type", "title", "message", "is_read", "created_at");
        assertCommon(item, type, title, message, read, createdAt);
    }

    /** The agent notifications about one chat room, newest first. */
    static List<JsonNode> about(JsonNode response, String chatRoomId) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : response.get("notifications")) {
            if (item.get("chat_room").asString().equals(chatRoomId)) {
                items.add(item);
            }
        }
        return items;
    }

    static List<JsonNode> items(JsonNode response) {
        List<JsonNode> items = new ArrayList<>();
        response.get("notifications").forEach(items::add);
        return items;
    }

    static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("id").asString()).toList();
    }

    private static void assertCommon(JsonNode item, String type, String title, String message, boolean read,
            Instant createdAt) {
        assertThat(UUID.fromString(item.get("id").asString()).toString()).isEqualTo(item.get("id").asString());
        assertThat(item.get("notification_type").asString()).isEqualTo(type);
        assertThat(item.get("title").asString()).isEqualTo(title);
        assertThat(item.get("message").asString()).isEqualTo(message);
        assertThat(item.get("is_read").isBoolean()).isTrue();
        assertThat(item.get("is_read").asBoolean()).isEqualTo(read);
        assertThat(item.get("created_at").asString()).endsWith("Z");
        assertThat(Instant.parse(item.get("created_at").asString())).isEqualTo(createdAt);
    }
}
