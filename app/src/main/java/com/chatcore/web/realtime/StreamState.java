package com.chatcore.web.realtime;

import com.chatcore.api.agent.AgentAvailabilityChangedEvent;
import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByIdQuery;
import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.notification.Notice;
import com.chatcore.api.user.UserProfileChangedEvent;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What frames depend on, as of each event: who held each chat, which agents were available, each
 * chat's customer. Kept from the events this node's feed reads, so a resumed client gets the frames
 * it would have got live, even across a transfer.
 */
@Component
class StreamState {

    private final QueryGateway queries;
    private final Timeline<String, Long> holders;
    private final Timeline<Long, Boolean> availability;
    private final Timeline<String, String> customers;
    private final Map<Long, String> agentNames = new ConcurrentHashMap<>();
    /** Support sessions' accounts (never change); rooms of other channels map to {@link #NO_SUPPORT_USER}. */
    private final Map<String, Long> supportUsers = new ConcurrentHashMap<>();
    private static final long NO_SUPPORT_USER = -1;

    StreamState(QueryGateway queries) {
        this.queries = queries;
        this.holders = new Timeline<>(room -> room(room).map(ChatRoomView::agent).map(ChatRoomView.AgentRef::id));
        this.availability = new Timeline<>(agentId -> agent(agentId).map(AgentView::available));
        this.customers = new Timeline<>(room -> room(room).map(r -> r.chatUser().fullName()));
    }

    /** {@code at}: the event's own global index ({@link StreamPositions}). */
    void track(TrackedEventMessage<?> event, long at) {
        Object payload = event.getPayload();
        if (payload instanceof ChatStartedEvent started) {
            customers.change(started.chatRoomId(), at, null, started.chatUser().fullName());
            supportUsers.put(started.chatRoomId(), started.channel() == Channel.SUPPORT ? started.chatUser().id()
                    : NO_SUPPORT_USER);
        } else if (payload instanceof ChatTakenEvent taken) {
            holders.change(taken.chatRoomId(), at, null, taken.agentId());
        } else if (payload instanceof ChatAssignedEvent assigned) {
            holders.change(assigned.chatRoomId(), at, assigned.previousAgentId(), assigned.agentId());
        } else if (payload instanceof ChatTransferredEvent transferred) {
            holders.change(transferred.chatRoomId(), at, transferred.fromAgentId(), transferred.toAgentId());
        } else if (payload instanceof ChatUnassignedEvent unassigned) {
            holders.change(unassigned.chatRoomId(), at, unassigned.previousAgentId(), null);
        } else if (payload instanceof AgentRegisteredEvent registered) {
            availability.change(registered.agentId(), at, false, registered.available());
        } else if (payload instanceof AgentAvailabilityChangedEvent changed) {
            availability.change(changed.agentId(), at, !changed.available(), changed.available());
        } else if (payload instanceof UserProfileChangedEvent) {
            agentNames.clear();
        }
    }

    void forgetBefore(long position) {
        holders.forgetBefore(position);
        availability.forgetBefore(position);
        customers.forgetBefore(position);
    }

    Optional<Long> holderAt(String chatRoomId, long position) {
        return holders.at(chatRoomId, position);
    }

    boolean availableAt(long agentId, long position) {
        return availability.at(agentId, position).orElse(false);
    }

    /** The account whose support session this chat is; empty for every other channel. */
    Optional<Long> supportUser(String chatRoomId) {
        long user = supportUsers.computeIfAbsent(chatRoomId, room -> room(room)
                .filter(view -> view.channel() == Channel.SUPPORT).map(view -> view.chatUser().id())
                .orElse(NO_SUPPORT_USER));
        return user == NO_SUPPORT_USER ? Optional.empty() : Optional.of(user);
    }

    /** The customer's name as notifications show it. */
    String customerAt(String chatRoomId, long position) {
        return Notice.customer(customers.at(chatRoomId, position).orElse(null));
    }

    /** The agent's name as notifications show it (today's name: renames are rare and not replayed). */
    String agentName(long agentId) {
        return agentNames.computeIfAbsent(agentId, id -> agent(id)
                .map(agent -> Notice.agent(agent.firstName(), agent.lastName(), agent.username()))
                .orElse(Notice.UNKNOWN_AGENT));
    }

    private Optional<ChatRoomView> room(String chatRoomId) {
        return queries.query(new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join();
    }

    private Optional<AgentView> agent(long agentId) {
        return queries.query(new FindAgentByIdQuery(agentId), ResponseTypes.optionalInstanceOf(AgentView.class))
                .join();
    }
}
