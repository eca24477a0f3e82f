package com.chatcore.query.notifications;

import com.chatcore.api.notification.FindAgentNotificationsQuery;
import com.chatcore.api.notification.FindGuestNotificationsQuery;
import com.chatcore.api.notification.FindUnreadAgentNotificationsQuery;
import com.chatcore.api.notification.FindUnreadGuestNotificationsQuery;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Pushes fresh views to the open subscription queries of the recipients whose notifications changed.
 * Each subscribed query is answered for itself (its own limit or ids); nothing is read when nobody
 * subscribed.
 */
@Component
class NotificationUpdates {

    private final QueryUpdateEmitter emitter;
    private final NotificationReads reads;

    NotificationUpdates(QueryUpdateEmitter emitter, NotificationReads reads) {
        this.emitter = emitter;
        this.reads = reads;
    }

    void agentsChanged(Collection<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return;
        }
        for (Object query : subscribedQueries()) {
            if (query instanceof FindAgentNotificationsQuery q && agentIds.contains(q.agentId())) {
                emitter.emit(FindAgentNotificationsQuery.class, q::equals, reads.forAgent(q.agentId(), q.limit()));
            } else if (query instanceof FindUnreadAgentNotificationsQuery q && agentIds.contains(q.agentId())) {
                emitter.emit(FindUnreadAgentNotificationsQuery.class, q::equals,
                        reads.unreadOfAgent(q.agentId(), q.notificationIds()));
            }
        }
    }

    void guestChanged(String chatRoomId) {
        for (Object query : subscribedQueries()) {
            if (query instanceof FindGuestNotificationsQuery q && chatRoomId.equals(q.chatRoomId())) {
                emitter.emit(FindGuestNotificationsQuery.class, q::equals, reads.forGuest(q.chatRoomId(), q.limit()));
            } else if (query instanceof FindUnreadGuestNotificationsQuery q && chatRoomId.equals(q.chatRoomId())) {
                emitter.emit(FindUnreadGuestNotificationsQuery.class, q::equals,
                        reads.unreadOfGuest(q.chatRoomId(), q.notificationIds()));
            }
        }
    }

    /** Distinct payloads: many subscribers of the same query share one read. */
    private Set<Object> subscribedQueries() {
        Set<Object> queries = new HashSet<>();
        for (SubscriptionQueryMessage<?, ?, ?> subscription : emitter.activeSubscriptions()) {
            queries.add(subscription.getPayload());
        }
        return queries;
    }
}
