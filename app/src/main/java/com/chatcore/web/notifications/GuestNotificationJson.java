package com.chatcore.web.notifications;

import com.chatcore.api.notification.NotificationView;
import com.chatcore.web.livechat.LiveChatJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** Seed 003's guest notification: {@code {id, notification_type, title, message, is_read, created_at}}. */
public record GuestNotificationJson(
        @Schema(example = "7d1e0c2b-3f4a-4b5c-9d6e-1a2b3c4d5e6f") String id,
        @Schema(allowableValues = {"new_chat", "new_message", "chat_assigned", "chat_transferred", "chat_resolved",
                "agent_joined"}, example = "agent_joined")
        @JsonProperty("notification_type") String notificationType,
        @Schema(example = "Agente conectado") String title,
        @Schema(example = "Ana García se unió al chat") String message,
        @JsonProperty("is_read") boolean read,
        @JsonProperty("created_at") Instant createdAt) {

    public static GuestNotificationJson of(NotificationView notification) {
        return new GuestNotificationJson(notification.id(), LiveChatJson.lower(notification.type()),
                notification.title(), notification.message(), notification.read(), notification.createdAt());
    }
}
