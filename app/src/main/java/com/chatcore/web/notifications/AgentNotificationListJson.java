package com.chatcore.web.notifications;

import com.chatcore.api.notification.NotificationListView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** {@code GET /api/notifications/}: the latest notifications, newest first, and the caller's counts. */
record AgentNotificationListJson(List<AgentNotificationJson> notifications,
        @Schema(example = "2") @JsonProperty("unread_count") long unreadCount,
        @Schema(example = "14") @JsonProperty("total_count") long totalCount) {

    static AgentNotificationListJson of(NotificationListView view) {
        return new AgentNotificationListJson(view.notifications().stream().map(AgentNotificationJson::of).toList(),
                view.unreadCount(), view.totalCount());
    }
}
