package com.chatcore.api.notification;

/**
 * Answers {@link NotificationListView}: the latest {@code limit} (at most 100) notifications addressed
 * to the guest of a chat room, newest first, and the counts (empty for an unknown room).
 * Subscription-capable like {@link FindAgentNotificationsQuery}.
 */
public record FindGuestNotificationsQuery(String chatRoomId, int limit) {
}
