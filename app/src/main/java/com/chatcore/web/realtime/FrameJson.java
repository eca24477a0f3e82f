package com.chatcore.web.realtime;

import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.notification.Notice;
import com.chatcore.web.livechat.LiveChatJson;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
    static Map<String, Object> customerMessage(String messageId, String content, String messageType, Instant at) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", messageId);
        message.put("sender_type", LiveChatJson.lower(SenderType.USER));
        message.put("content", content);
        message.put("message_type", messageType);
        message.put("is_read", false);
        message.put("created_at", at);
        return message;
    }

    static Map<String, Object> customerMessage(MessageSentEvent sent, Instant at) {
        return customerMessage(sent.messageId(), sent.content(), sent.messageType(), at);
    }

    /** The first message of a chat, or null when the customer started without one. */
    static Map<String, Object> initialMessage(ChatStartedEvent started, Instant at) {
        return started.initialMessageId() == null ? null
                : customerMessage(started.initialMessageId(), started.initialMessage(), "text", at);
    }

    /** As {@link LiveChatJson#waitingRoom}, built from the event so it does not wait for the read model. */
    static Map<String, Object> waitingChat(ChatStartedEvent started, Instant at, Instant now) {
        Map<String, Object> chatUser = new LinkedHashMap<>();
        chatUser.put("full_name", started.chatUser().fullName());
        chatUser.put("email", started.chatUser().email());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", started.chatRoomId());
        json.put("chat_user", chatUser);
        json.put("initial_message", started.initialMessage());
        json.put("created_at", at);
        json.put("priority", LiveChatJson.lower(started.priority()));
        json.put("waiting_time_minutes", Math.max(0, Duration.between(at, now).toMinutes()));
        return json;
    }

    /** As in GET /api/notifications/ (agents) or /api/user-notifications/ (guests, without chat_room). */
    static Map<String, Object> notification(String id, Notice notice, String chatRoomId, Instant at) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("notification_type", LiveChatJson.lower(notice.type()));
        json.put("title", notice.title());
        json.put("message", notice.message());
        if (chatRoomId != null) {
            json.put("chat_room", chatRoomId);
        }
        json.put("is_read", false);
        json.put("created_at", at);
        return json;
    }

    static Map<String, Object> agentInfo(long agentId, String fullName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", agentId);
        json.put("full_name", fullName);
        return json;
    }
}
