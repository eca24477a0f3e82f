package com.chatcore.web.realtime;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.notification.Notice;
import com.chatcore.api.notification.NotificationView;
import com.chatcore.web.livechat.MessageJson;
import com.chatcore.web.livechat.WaitingChatJson;
import com.chatcore.web.notifications.AgentNotificationJson;
import com.chatcore.web.notifications.GuestNotificationJson;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON bodies of REALTIME.md's frames, in the seed's field order. */
final class FrameJson {

    private FrameJson() {
    }

    /** {@code {type, <field>: value, event_id}}. */
    static Map<String, Object> typed(String type, String field, Object value, long eventId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put(field, value);
        json.put("event_id", eventId);
        return json;
    }

    /** {@code {type, <field>: value, <otherField>: otherValue, event_id}}. */
    static Map<String, Object> typed(String type, String field, Object value, String otherField, Object otherValue,
            long eventId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put(field, value);
        json.put(otherField, otherValue);
        json.put("event_id", eventId);
        return json;
    }

    /** To the guest: {@code {sender: "agent", message: {id, content, sender_type, message_type, created_at, chat_room}}}. */
    static Map<String, Object> agentMessage(MessageSentEvent sent, Instant at, long eventId) {
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

    /** A customer's message as the REST API shows it to agents. */
    static MessageJson customerMessage(String messageId, String chatRoomId, String content, String messageType,
            Instant at) {
        return MessageJson.of(new ChatMessageView(messageId, chatRoomId, 0, SenderType.USER, null, content,
                messageType, false, null, at));
    }

    static MessageJson customerMessage(MessageSentEvent sent, Instant at) {
        return customerMessage(sent.messageId(), sent.chatRoomId(), sent.content(), sent.messageType(), at);
    }

    /** The first message of a chat, or null when the customer started without one. */
    static MessageJson initialMessage(ChatStartedEvent started, Instant at) {
        return started.initialMessageId() == null ? null
                : customerMessage(started.initialMessageId(), started.chatRoomId(), started.initialMessage(), "text", at);
    }

    /** As {@code waiting_chats} lists it, built from the event so it does not wait for the read model. */
    static WaitingChatJson waitingChat(ChatStartedEvent started, Instant at, Clock clock) {
        MessageJson first = initialMessage(started, at);
        return WaitingChatJson.with(new ChatRoomView(started.chatRoomId(), started.channel(),
                started.chatUser(), started.initialMessage(), ChatStatus.WAITING, null, started.priority(), at, at, 0,
                0), first == null ? List.of() : List.of(first), clock);
    }

    /** As GET /api/notifications/ lists it, with the agent it is for. */
    static AgentNotificationFrameJson agentNotification(String id, Notice notice, String chatRoomId, Instant at,
            long agentId, String agentName) {
        return new AgentNotificationFrameJson(AgentNotificationJson.of(view(id, notice, chatRoomId, at)),
                agentInfo(agentId, agentName));
    }

    /** As GET /api/user-notifications/ lists it. */
    static GuestNotificationJson guestNotification(String id, Notice notice, String chatRoomId, Instant at) {
        return GuestNotificationJson.of(view(id, notice, chatRoomId, at));
    }

    private static NotificationView view(String id, Notice notice, String chatRoomId, Instant at) {
        return new NotificationView(id, notice.type(), notice.title(), notice.message(), chatRoomId, false, at);
    }

    static Map<String, Object> agentInfo(long agentId, String fullName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", agentId);
        json.put("full_name", fullName);
        return json;
    }
}
