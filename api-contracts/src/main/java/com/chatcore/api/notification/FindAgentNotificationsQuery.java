package com.chatcore.api.notification;

/**
 * Answers {@link NotificationListView}: the agent's latest {@code limit} (at most 100) notifications,
 * newest first, and the counts ({@code limit == 0}: only the counts). Subscription-capable: every
 * change to the agent's notifications is pushed as a fresh {@link NotificationListView}.
 */
public record FindAgentNotificationsQuery(long agentId, int limit) {
}
