package com.chatcore.web.notifications;

import com.chatcore.api.notification.NotificationListView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** {@code get_notifications}: the guest's latest notifications of the chat, newest first, and its counts. */
record GuestNotificationListJson(List<GuestNotificationJson> notifications,
        @Schema(example = "1") @JsonProperty("unread_count") long unreadCount,
        @Schema(example = "3") @JsonProperty("total_count") long totalCount) {

    static GuestNotificationListJson of(NotificationListView view) {
        return new GuestNotificationListJson(view.notifications().stream().map(GuestNotificationJson::of).toList(),
                view.unreadCount(), view.totalCount());
    }
}
