package com.chatcore.api.notification;

import java.util.List;

/** A recipient's latest notifications (newest first), with counts over all of that recipient's notifications. */
public record NotificationListView(List<NotificationView> notifications, long unreadCount, long totalCount) {
}
