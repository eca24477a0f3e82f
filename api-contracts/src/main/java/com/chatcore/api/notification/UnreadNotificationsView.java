package com.chatcore.api.notification;

import java.util.List;

/** Ids of a recipient's notifications that are still unread. */
public record UnreadNotificationsView(List<String> notificationIds) {
}
