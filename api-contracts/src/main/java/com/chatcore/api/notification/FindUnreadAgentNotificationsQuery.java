package com.chatcore.api.notification;

import java.util.List;

/**
 * Answers {@link UnreadNotificationsView}: which of {@code notificationIds} belong to the agent and are
 * unread ({@code null}: all of the agent's unread notifications). Subscription-capable.
 */
public record FindUnreadAgentNotificationsQuery(long agentId, List<String> notificationIds) {
}
