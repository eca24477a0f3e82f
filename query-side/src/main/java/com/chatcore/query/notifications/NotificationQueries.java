package com.chatcore.query.notifications;

import com.chatcore.api.notification.FindAgentNotificationsQuery;
import com.chatcore.api.notification.FindGuestNotificationsQuery;
import com.chatcore.api.notification.FindUnreadAgentNotificationsQuery;
import com.chatcore.api.notification.FindUnreadGuestNotificationsQuery;
import com.chatcore.api.notification.NotificationListView;
import com.chatcore.api.notification.UnreadNotificationsView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of the notifications read model; lists hold at most {@value NotificationReads#MAX_LIMIT}. */
@Component
class NotificationQueries {

    private final NotificationReads reads;

    NotificationQueries(NotificationReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    NotificationListView handle(FindAgentNotificationsQuery query) {
        return reads.forAgent(query.agentId(), query.limit());
    }

    @QueryHandler
    NotificationListView handle(FindGuestNotificationsQuery query) {
        return reads.forGuest(query.chatRoomId(), query.limit());
    }

    @QueryHandler
    UnreadNotificationsView handle(FindUnreadAgentNotificationsQuery query) {
        return reads.unreadOfAgent(query.agentId(), query.notificationIds());
    }

    @QueryHandler
    UnreadNotificationsView handle(FindUnreadGuestNotificationsQuery query) {
        return reads.unreadOfGuest(query.chatRoomId(), query.notificationIds());
    }
}
