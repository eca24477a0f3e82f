package com.chatcore.web.notifications;

import com.chatcore.api.notification.NotificationView;
import com.chatcore.web.livechat.LiveChatJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * Seed 003's agent notification: {@code {id, notification_type, title, message, chat_room, is_read,
 * created_at}}, plus {@code chat_room_id} (the same room id), which the public seed-003 client reads to
 * open or take the chat a notification is about.
 */
public record AgentNotificationJson(
        @Schema(example = "7d1e0c2b-3f4a-4b5c-9d6e-1a2b3c4d5e6f") String id,
        @Schema(allowableValues = {"new_chat", "new_message", "chat_assigned", "chat_transferred", "chat_resolved",
                "agent_joined"}, example = "new_chat")
        @JsonProperty("notification_type") String notificationType,
        @Schema(example = "Nuevo chat") String title,
        @Schema(example = "María López inició un chat") String message,
        @Schema(example = "5f0c7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") @JsonProperty("chat_room") String chatRoom,
        @Schema(example = "5f0c7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") @JsonProperty("chat_room_id") String chatRoomId,
        @JsonProperty("is_read") boolean read,
        @JsonProperty("created_at") Instant createdAt) {

    public static AgentNotificationJson of(NotificationView notification) {
        return new AgentNotificationJson(notification.id(), LiveChatJson.lower(notification.type()),
                notification.title(), notification.message(), notification.chatRoomId(), notification.chatRoomId(),
                notification.read(), notification.createdAt());
    }
}
