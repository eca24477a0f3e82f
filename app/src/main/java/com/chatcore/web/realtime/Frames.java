package com.chatcore.web.realtime;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByIdQuery;
import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.web.livechat.LiveChatJson;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Maps events to the frames of REALTIME.md, and who receives each. */
@Component
class Frames {

    private static final String UNKNOWN_AGENT = "Un agente";

    private final QueryGateway queries;
    private final ChatHolders holders;
    private final Clock clock;

    Frames(QueryGateway queries, ChatHolders holders, Clock clock) {
        this.queries = queries;
        this.holders = holders;
        this.clock = clock;
    }

    static long positionOf(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    /** The frames an event causes; the live feed also passes it to {@link ChatHolders} first. */
    List<Frame> of(TrackedEventMessage<?> event) {
        long eventId = positionOf(event);
        Instant at = event.getTimestamp();
        Object payload = event.getPayload();
        List<Frame> frames = new ArrayList<>();
        if (payload instanceof MessageSentEvent sent && sent.senderType() == SenderType.AGENT) {
            frames.add(new Frame(eventId, new Frame.Guest(sent.chatRoomId()), agentMessage(sent, at, eventId)));
        } else if (payload instanceof MessageSentEvent sent && sent.senderType() == SenderType.USER) {
            holders.holderOf(sent.chatRoomId()).ifPresent(agent -> frames.add(new Frame(eventId,
                    new Frame.Agent(agent), guestMessage(sent, at, eventId))));
        } else if (payload instanceof ChatStartedEvent started) {
            frames.add(new Frame(eventId, new Frame.AllAgents(),
                    body("new_chat", "chat_instance", waitingChat(started, at), eventId)));
        } else if (payload instanceof ChatTakenEvent taken) {
            frames.add(new Frame(eventId, new Frame.AgentsExcept(taken.agentId()),
                    body("chat_taken_by_other", "chat_id", taken.chatRoomId(), eventId)));
            frames.add(agentJoined(event, taken.chatRoomId(), taken.agentId(), eventId));
        } else if (payload instanceof ChatAssignedEvent assigned) {
            frames.add(agentJoined(event, assigned.chatRoomId(), assigned.agentId(), eventId));
        } else if (payload instanceof ChatTransferredEvent transferred) {
            frames.add(agentJoined(event, transferred.chatRoomId(), transferred.toAgentId(), eventId));
        } else if (payload instanceof ChatUnassignedEvent unassigned) {
            frames.add(new Frame(eventId, new Frame.AgentsExcept(unassigned.previousAgentId()),
                    body("chat_unassigned_by_other", "chat_instance", unassignedChat(unassigned.chatRoomId()),
                            eventId)));
        } else if (payload instanceof ChatResolvedEvent resolved) {
            ended(frames, "chat_resolved", resolved.chatRoomId(), resolved.agentId(), eventId);
        } else if (payload instanceof ChatClosedEvent closed) {
            ended(frames, "chat_closed", closed.chatRoomId(), closed.agentId(), eventId);
        }
        return frames;
    }

    private void ended(List<Frame> frames, String type, String chatRoomId, Long agentId, long eventId) {
        frames.add(new Frame(eventId, new Frame.Guest(chatRoomId), body(type, "chat_id", chatRoomId, eventId)));
        Optional<Long> holder = agentId != null ? Optional.of(agentId) : holders.holderOf(chatRoomId);
        holder.ifPresent(agent -> frames.add(new Frame(eventId, new Frame.Agent(agent),
                body(type, "chat_id", chatRoomId, eventId))));
    }

    private static Map<String, Object> body(String type, String field, Object value, long eventId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put(field, value);
        json.put("event_id", eventId);
        return json;
    }

    private static Map<String, Object> agentMessage(MessageSentEvent sent, Instant at, long eventId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", sent.messageId());
        message.put("content", sent.content());
        message.put("sender_type", "agent");
        message.put("message_type", sent.messageType());
        message.put("created_at", at);
        message.put("chat_room", sent.chatRoomId());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sender", "agent");
        json.put("message", message);
        json.put("event_id", eventId);
        return json;
    }

    private static Map<String, Object> guestMessage(MessageSentEvent sent, Instant at, long eventId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", sent.messageId());
        message.put("sender_type", LiveChatJson.lower(sent.senderType()));
        message.put("content", sent.content());
        message.put("message_type", sent.messageType());
        message.put("is_read", false);
        message.put("created_at", at);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "guest_message");
        json.put("room_id", sent.chatRoomId());
        json.put("message", message);
        json.put("event_id", eventId);
        return json;
    }

    /** As {@link LiveChatJson#waitingRoom}, built from the event so it does not wait for the read model. */
    private Map<String, Object> waitingChat(ChatStartedEvent started, Instant at) {
        Map<String, Object> chatUser = new LinkedHashMap<>();
        chatUser.put("full_name", started.chatUser().fullName());
        chatUser.put("email", started.chatUser().email());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", started.chatRoomId());
        json.put("chat_user", chatUser);
        json.put("initial_message", started.initialMessage());
        json.put("created_at", at);
        json.put("priority", LiveChatJson.lower(started.priority()));
        json.put("waiting_time_minutes", Math.max(0, Duration.between(at, clock.instant()).toMinutes()));
        return json;
    }

    private Map<String, Object> unassignedChat(String chatRoomId) {
        return queries.query(new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join().map(room -> LiveChatJson.waitingRoom(room, clock))
                .orElseGet(() -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("id", chatRoomId);
                    return json;
                });
    }

    /** Shaped like a guest notification, with the id the notifications read model gives it. */
    private Frame agentJoined(TrackedEventMessage<?> event, String chatRoomId, long agentId, long eventId) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("id", UUID.nameUUIDFromBytes((event.getIdentifier() + ":guest:" + chatRoomId)
                .getBytes(StandardCharsets.UTF_8)).toString());
        notification.put("notification_type", "agent_joined");
        notification.put("title", "Agente conectado");
        notification.put("message", agentName(agentId) + " se unió al chat");
        notification.put("is_read", false);
        notification.put("created_at", event.getTimestamp());
        return new Frame(eventId, new Frame.Guest(chatRoomId), body("agent_joined", "notification", notification,
                eventId));
    }

    private String agentName(long agentId) {
        return queries.query(new FindAgentByIdQuery(agentId), ResponseTypes.optionalInstanceOf(AgentView.class))
                .join().map(agent -> {
                    String name = (strip(agent.firstName()) + " " + strip(agent.lastName())).strip();
                    return name.isEmpty() ? agent.username() : name;
                }).orElse(UNKNOWN_AGENT);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
