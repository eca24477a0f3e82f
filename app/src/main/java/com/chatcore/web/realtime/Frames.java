package com.chatcore.web.realtime;

import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessagesForChatsQuery;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.notification.Notice;
import com.chatcore.web.livechat.LiveChatJson;
import com.chatcore.web.livechat.MessageJson;
import com.chatcore.web.livechat.WaitingChatJson;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Maps an event to the frames of REALTIME.md and who receives each, as things stood at the event
 * ({@link StreamState}): the same frames live and when a client resumes.
 */
@Component
class Frames {

    private final QueryGateway queries;
    private final StreamState state;
    private final SupportSessionFrames supportSessions;
    private final Clock clock;

    Frames(QueryGateway queries, StreamState state, SupportSessionFrames supportSessions, Clock clock) {
        this.queries = queries;
        this.state = state;
        this.supportSessions = supportSessions;
        this.clock = clock;
    }

    /**
     * The frames an event causes. Agents' own notifications are built only for {@code listening}
     * agents (those with a socket that could receive them).
     */
    List<Frame> of(TrackedEventMessage<?> event, long eventId, Supplier<Set<Long>> listening) {
        Caused cause = new Caused(event, eventId, event.getTimestamp(), new ArrayList<>());
        Object payload = event.getPayload();
        if (payload instanceof MessageSentEvent sent && sent.senderType() == SenderType.AGENT) {
            agentMessage(cause, sent);
        } else if (payload instanceof MessageSentEvent sent && sent.senderType() == SenderType.USER) {
            customerMessage(cause, sent);
        } else if (payload instanceof ChatStartedEvent started) {
            started(cause, started, listening.get());
        } else if (payload instanceof ChatTakenEvent taken) {
            cause.add(new Frame.AgentsExcept(taken.agentId()),
                    FrameJson.typed("chat_taken_by_other", "chat_id", taken.chatRoomId(), cause.eventId()));
            agentJoined(cause, taken.chatRoomId(), taken.agentId());
        } else if (payload instanceof ChatAssignedEvent assigned) {
            agentJoined(cause, assigned.chatRoomId(), assigned.agentId());
            if (assigned.previousAgentId() != null && assigned.previousAgentId() != assigned.agentId()) {
                handedOver(cause, assigned.chatRoomId(), assigned.previousAgentId(), assigned.agentId());
            }
            notifyAgent(cause, "notify_chat_assigned", assigned.agentId(), assigned.chatRoomId(),
                    Notice.chatAssigned(state.customerAt(assigned.chatRoomId(), cause.eventId())), null);
        } else if (payload instanceof ChatTransferredEvent transferred) {
            agentJoined(cause, transferred.chatRoomId(), transferred.toAgentId());
            handedOver(cause, transferred.chatRoomId(), transferred.fromAgentId(), transferred.toAgentId());
            notifyAgent(cause, "notify_chat_transferred", transferred.toAgentId(), transferred.chatRoomId(),
                    Notice.chatTransferred(state.agentName(transferred.fromAgentId()),
                            state.customerAt(transferred.chatRoomId(), cause.eventId())), null);
        } else if (payload instanceof ChatUnassignedEvent unassigned) {
            cause.add(new Frame.AgentsExcept(unassigned.previousAgentId()), FrameJson.typed("chat_unassigned_by_other",
                    "chat_instance", waitingChat(unassigned.chatRoomId()), cause.eventId()));
        } else if (payload instanceof ChatResolvedEvent resolved) {
            resolved(cause, resolved);
        } else if (payload instanceof ChatClosedEvent closed) {
            cause.add(new Frame.Guest(closed.chatRoomId()),
                    FrameJson.typed("chat_closed", "chat_id", closed.chatRoomId(), cause.eventId()));
            holder(cause, closed.chatRoomId(), closed.agentId()).ifPresent(agent -> cause.add(new Frame.Agent(agent),
                    FrameJson.typed("chat_closed", "chat_id", closed.chatRoomId(), cause.eventId())));
        }
        cause.frames().addAll(supportSessions.of(payload, eventId, cause.at()));
        return cause.frames();
    }

    /** One event being mapped, and the frames it has caused so far. */
    private record Caused(TrackedEventMessage<?> event, long eventId, Instant at, List<Frame> frames) {

        void add(Frame.Target target, Map<String, Object> body) {
            frames.add(new Frame(eventId, target, body));
        }
    }

    private void agentMessage(Caused cause, MessageSentEvent sent) {
        String room = sent.chatRoomId();
        cause.add(new Frame.Guest(room), FrameJson.agentMessage(sent, cause.at(), cause.eventId()));
        String agent = sent.agentId() == null ? Notice.UNKNOWN_AGENT : state.agentName(sent.agentId());
        notifyGuest(cause, "new_message", room, Notice.agentMessage(agent, sent.content()));
    }

    private void customerMessage(Caused cause, MessageSentEvent sent) {
        String room = sent.chatRoomId();
        state.holderAt(room, cause.eventId()).ifPresent(agent -> {
            cause.add(new Frame.Agent(agent), FrameJson.typed("guest_message", "room_id", room, "message",
                    FrameJson.customerMessage(sent, cause.at()), cause.eventId()));
            notifyAgent(cause, "notify_send_message", agent, room,
                    Notice.customerMessage(state.customerAt(room, cause.eventId()), sent.content()),
                    FrameJson.customerMessage(sent, cause.at()));
        });
    }

    /** The queue is for the agents available at that moment, as the notifications read model has it. */
    private void started(Caused cause, ChatStartedEvent started, Set<Long> listening) {
        Set<Long> available = listening.stream().filter(agent -> state.availableAt(agent, cause.eventId()))
                .collect(Collectors.toUnmodifiableSet());
        cause.add(new Frame.Agents(available), FrameJson.typed("new_chat", "chat_instance",
                FrameJson.waitingChat(started, cause.at(), clock), cause.eventId()));
        Notice notice = Notice.newChat(Notice.customer(started.chatUser().fullName()), started.initialMessage());
        for (long agent : available) {
            notifyAgent(cause, "notify_new_chat", agent, started.chatRoomId(), notice,
                    FrameJson.initialMessage(started, cause.at()));
        }
    }

    private void resolved(Caused cause, ChatResolvedEvent resolved) {
        String room = resolved.chatRoomId();
        Map<String, Object> toGuest = FrameJson.typed("chat_resolved", "chat_id", room, cause.eventId());
        toGuest.put("notification", FrameJson.guestNotification(guestNotificationId(cause, room),
                Notice.chatResolvedForGuest(), room, cause.at()));
        cause.add(new Frame.Guest(room), toGuest);
        holder(cause, room, resolved.agentId()).ifPresent(agent -> {
            cause.add(new Frame.Agent(agent), FrameJson.typed("chat_resolved", "chat_id", room, cause.eventId()));
            notifyAgent(cause, "notify_chat_resolved", agent, room,
                    Notice.chatResolvedForAgent(state.customerAt(room, cause.eventId())), null);
        });
    }

    /** Our addition: the agent who held the chat learns it went to another, to drop it from its list. */
    private void handedOver(Caused cause, String chatRoomId, long fromAgentId, long toAgentId) {
        cause.add(new Frame.Agent(fromAgentId), FrameJson.typed("chat_transferred", "chat_id", chatRoomId, "to_agent",
                FrameJson.agentInfo(toAgentId, state.agentName(toAgentId)), cause.eventId()));
    }

    private Optional<Long> holder(Caused cause, String chatRoomId, Long agentId) {
        return agentId != null ? Optional.of(agentId) : state.holderAt(chatRoomId, cause.eventId());
    }

    private void agentJoined(Caused cause, String chatRoomId, long agentId) {
        notifyGuest(cause, "agent_joined", chatRoomId, Notice.agentJoined(state.agentName(agentId)));
    }

    /** {@code {type, notification, event_id}}: one of the guest's notifications. */
    private void notifyGuest(Caused cause, String type, String chatRoomId, Notice notice) {
        cause.add(new Frame.Guest(chatRoomId), FrameJson.typed(type, "notification",
                FrameJson.guestNotification(guestNotificationId(cause, chatRoomId), notice, chatRoomId, cause.at()),
                cause.eventId()));
    }

    /** {@code {type, notification: {..., agent_info}, message, event_id}}: one of the agent's notifications. */
    private void notifyAgent(Caused cause, String type, long agentId, String chatRoomId, Notice notice,
            MessageJson message) {
        AgentNotificationFrameJson notification = FrameJson.agentNotification(
                Notice.id(cause.event().getIdentifier(), Notice.agentRecipient(agentId)), notice, chatRoomId,
                cause.at(), agentId, state.agentName(agentId));
        cause.add(new Frame.Personal(agentId), FrameJson.typed(type, "notification", notification, "message", message,
                cause.eventId()));
    }

    private static String guestNotificationId(Caused cause, String chatRoomId) {
        return Notice.id(cause.event().getIdentifier(), Notice.guestRecipient(chatRoomId));
    }

    /**
     * The room as the unassignment left it: the frame may be built before the read model shows that, and
     * the frame tells of the event.
     */
    private static ChatRoomView backInTheQueue(ChatRoomView room) {
        return new ChatRoomView(room.id(), room.channel(), room.chatUser(), room.initialMessage(), ChatStatus.WAITING,
                null, room.priority(), room.createdAt(), room.updatedAt(), room.unreadByAgent(), room.unreadByUser());
    }

    /** The chat as {@code waiting_chats} lists it; {@code {id}} alone when the read model does not show it. */
    private Object waitingChat(String chatRoomId) {
        return queries.query(new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join().<Object>map(room -> WaitingChatJson.of(backInTheQueue(room), queries.query(
                        new FindMessagesForChatsQuery(List.of(chatRoomId), LiveChatJson.MESSAGES_PER_LISTED_ROOM),
                        ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join(), clock))
                .orElseGet(() -> Map.of("id", chatRoomId));
    }
}
