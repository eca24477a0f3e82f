package com.chatcore.query.notifications;

import com.chatcore.api.agent.AgentAvailabilityChangedEvent;
import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.notification.AgentNotificationsReadEvent;
import com.chatcore.api.notification.GuestNotificationsReadEvent;
import com.chatcore.api.notification.Notice;
import com.chatcore.api.user.UserProfileChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Seed 003's notifications: agents hear of new chats, their customers' messages, assignments,
 * transfers and resolutions; guests hear of agents joining, agents' messages and resolution.
 * Who is available and who holds a chat is kept within this processing group, so each decision uses
 * exactly the events processed before it.
 */
@Component
@ProcessingGroup(NotificationsProjection.GROUP)
class NotificationsProjection {

    static final String GROUP = "notifications";

    private final NotificationStore store;
    private final NotificationUpdates updates;

    NotificationsProjection(NotificationStore store, NotificationUpdates updates) {
        this.store = store;
        this.updates = updates;
    }

    @EventHandler
    void on(AgentRegisteredEvent event) {
        store.saveAgent(event);
    }

    @EventHandler
    void on(UserProfileChangedEvent event) {
        store.renameAgentOfUser(event.userId(), event.firstName(), event.lastName());
    }

    @EventHandler
    void on(AgentAvailabilityChangedEvent event) {
        store.setAvailability(event.agentId(), event.available());
    }

    /** Every agent available at this point hears of the chat: the queue is theirs to take from. */
    @EventHandler
    void on(ChatStartedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        store.saveRoom(event.chatRoomId(), event.chatUser().fullName());
        Notice notice = Notice.newChat(Notice.customer(event.chatUser().fullName()), event.initialMessage());
        List<Long> agents = store.availableAgents();
        for (long agentId : agents) {
            store.notifyAgent(eventId, agentId, event.chatRoomId(), notice, at);
        }
        updates.agentsChanged(agents);
    }

    @EventHandler
    void on(MessageSentEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        String room = event.chatRoomId();
        if (event.senderType() == SenderType.USER) {
            NotificationStore.HeldRoom held = store.heldRoom(room);
            if (held.holder() != null) {
                store.notifyAgent(eventId, held.holder(), room, Notice.customerMessage(held.customer(),
                        event.content()), at);
                updates.agentsChanged(List.of(held.holder()));
            }
        } else if (event.senderType() == SenderType.AGENT) {
            store.notifyGuest(eventId, room, Notice.agentMessage(store.agentName(event.agentId()), event.content()),
                    at);
            updates.guestChanged(room);
        }
    }

    @EventHandler
    void on(ChatTakenEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        store.setHolder(event.chatRoomId(), event.agentId());
        agentJoined(eventId, event.chatRoomId(), event.agentId(), at);
    }

    @EventHandler
    void on(ChatAssignedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        store.setHolder(event.chatRoomId(), event.agentId());
        store.notifyAgent(eventId, event.agentId(), event.chatRoomId(),
                Notice.chatAssigned(store.customerName(event.chatRoomId())), at);
        updates.agentsChanged(List.of(event.agentId()));
        agentJoined(eventId, event.chatRoomId(), event.agentId(), at);
    }

    @EventHandler
    void on(ChatTransferredEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        store.setHolder(event.chatRoomId(), event.toAgentId());
        store.notifyAgent(eventId, event.toAgentId(), event.chatRoomId(),
                Notice.chatTransferred(store.agentName(event.fromAgentId()), store.customerName(event.chatRoomId())),
                at);
        updates.agentsChanged(List.of(event.toAgentId()));
        agentJoined(eventId, event.chatRoomId(), event.toAgentId(), at);
    }

    @EventHandler
    void on(ChatUnassignedEvent event) {
        store.setHolder(event.chatRoomId(), null);
    }

    @EventHandler
    void on(ChatResolvedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        String room = event.chatRoomId();
        NotificationStore.HeldRoom held = store.heldRoom(room);
        Long holder = event.agentId() != null ? event.agentId() : held.holder();
        if (holder != null) {
            store.notifyAgent(eventId, holder, room, Notice.chatResolvedForAgent(held.customer()), at);
            updates.agentsChanged(List.of(holder));
        }
        store.notifyGuest(eventId, room, Notice.chatResolvedForGuest(), at);
        updates.guestChanged(room);
    }

    @EventHandler
    void on(AgentNotificationsReadEvent event) {
        store.markAgentNotificationsRead(event.agentId(), event.notificationIds());
        updates.agentsChanged(List.of(event.agentId()));
    }

    @EventHandler
    void on(GuestNotificationsReadEvent event) {
        store.markGuestNotificationsRead(event.chatRoomId(), event.notificationIds());
        updates.guestChanged(event.chatRoomId());
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    private void agentJoined(String eventId, String chatRoomId, long agentId, Instant at) {
        store.notifyGuest(eventId, chatRoomId, Notice.agentJoined(store.agentName(agentId)), at);
        updates.guestChanged(chatRoomId);
    }
}
