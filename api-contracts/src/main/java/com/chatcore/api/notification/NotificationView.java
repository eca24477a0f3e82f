package com.chatcore.api.notification;

import java.time.Instant;

/**
 * One notification as its recipient sees it. {@code chatRoomId} is the chat it is about; for guest
 * notifications it is also the recipient.
 */
public record NotificationView(String id, NotificationType type, String title, String message, String chatRoomId,
        boolean read, Instant createdAt) {
}
