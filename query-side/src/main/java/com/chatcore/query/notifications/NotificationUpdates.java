package com.chatcore.query.notifications;

import com.chatcore.api.notification.FindAgentNotificationsQuery;
import com.chatcore.api.notification.FindGuestNotificationsQuery;
import com.chatcore.api.notification.FindUnreadAgentNotificationsQuery;
import com.chatcore.api.notification.FindUnreadGuestNotificationsQuery;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pushes fresh views to the open subscription queries of the recipients whose notifications changed.
 * Changes are collected per unit of work and published once it has committed: subscriptions are
 * looked up and views read only then, so a subscription opened at any moment either gets an update or
 * reads the committed rows in its initial result, and a batch of events costs one read per subscribed
 * query. Nothing is read when nobody subscribed.
 */
@Component
class NotificationUpdates {

    private static final Logger log = LoggerFactory.getLogger(NotificationUpdates.class);
    private static final String CHANGES = NotificationUpdates.class.getName() + ".changes";

    private final QueryUpdateEmitter emitter;
    private final NotificationReads reads;

    NotificationUpdates(QueryUpdateEmitter emitter, NotificationReads reads) {
        this.emitter = emitter;
        this.reads = reads;
    }

    void agentsChanged(Collection<Long> agentIds) {
        if (!agentIds.isEmpty()) {
            record(changes -> changes.agents().addAll(agentIds));
        }
    }

    void guestChanged(String chatRoomId) {
        record(changes -> changes.rooms().add(chatRoomId));
    }

    private record Changes(Set<Long> agents, Set<String> rooms) {
    }

    private void record(Consumer<Changes> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            Changes changes = new Changes(new HashSet<>(), new HashSet<>());
            change.accept(changes);
            publish(changes);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        change.accept(unitOfWork.getOrComputeResource(CHANGES, key -> {
            Changes changes = new Changes(new HashSet<>(), new HashSet<>());
            unitOfWork.afterCommit(committed -> publish(changes));
            return changes;
        }));
    }

    private void publish(Changes changes) {
        try {
            for (Object query : subscribedQueries()) {
                emit(query, changes);
            }
        } catch (RuntimeException e) {
            // The rows are committed; a subscriber that misses this push still reads them on its next query.
            log.warn("Could not push notification updates", e);
        }
    }

    private void emit(Object query, Changes changes) {
        if (query instanceof FindAgentNotificationsQuery q && changes.agents().contains(q.agentId())) {
            emitter.emit(FindAgentNotificationsQuery.class, q::equals, reads.forAgent(q.agentId(), q.limit()));
        } else if (query instanceof FindUnreadAgentNotificationsQuery q && changes.agents().contains(q.agentId())) {
            emitter.emit(FindUnreadAgentNotificationsQuery.class, q::equals,
                    reads.unreadOfAgent(q.agentId(), q.notificationIds()));
        } else if (query instanceof FindGuestNotificationsQuery q && changes.rooms().contains(q.chatRoomId())) {
            emitter.emit(FindGuestNotificationsQuery.class, q::equals, reads.forGuest(q.chatRoomId(), q.limit()));
        } else if (query instanceof FindUnreadGuestNotificationsQuery q && changes.rooms().contains(q.chatRoomId())) {
            emitter.emit(FindUnreadGuestNotificationsQuery.class, q::equals,
                    reads.unreadOfGuest(q.chatRoomId(), q.notificationIds()));
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
