package com.chatcore.api.notification;

import java.util.List;

/**
 * Answers {@link UnreadNotificationsView}: which of {@code notificationIds} are addressed to the guest of
 * the chat room and unread ({@code null}: all of them). Subscription-capable.
 */
public record FindUnreadGuestNotificationsQuery(String chatRoomId, List<String> notificationIds) {
}
