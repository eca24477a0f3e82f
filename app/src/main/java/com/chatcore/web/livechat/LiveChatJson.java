package com.chatcore.web.livechat;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.SenderType;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 003's JSON shapes for chat rooms and messages, in the seed's field order. Maps (not records)
 * because the seed writes {@code null} for some absent values and omits others, per endpoint.
 */
public final class LiveChatJson {

    private LiveChatJson() {
    }

    public static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** {@code {id, full_name, email, phone_number}}. */
    public static Map<String, Object> chatUser(ChatRoomView room) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", room.chatUser().id());
        json.put("full_name", room.chatUser().fullName());
        json.put("email", room.chatUser().email());
        json.put("phone_number", room.chatUser().phoneNumber());
        return json;
    }

    /**
     * {@code chat_user}'s fields and {@code is_temporary} (a guest's contact, not an account): the public
     * seed-003 client reads a chat's customer from {@code chat_user_info}, which every chat object carries
     * beside the seed's {@code chat_user}.
     */
    public static Map<String, Object> chatUserInfo(ChatRoomView room) {
        Map<String, Object> json = chatUser(room);
        json.put("is_temporary", room.channel() == Channel.WEB_GUEST);
        return json;
    }

    /** {@code {id, user: {first_name, last_name}}}, or {@code null}. */
    public static Map<String, Object> agent(ChatRoomView.AgentRef agent) {
        if (agent == null) {
            return null;
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("first_name", agent.firstName());
        user.put("last_name", agent.lastName());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", agent.id());
        json.put("user", user);
        return json;
    }

    /** An item of {@code filtered_chats}. */
    public static Map<String, Object> listedRoom(ChatRoomView room) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", room.id());
        json.put("chat_user", chatUser(room));
        json.put("chat_user_info", chatUserInfo(room));
        json.put("initial_message", room.initialMessage());
        json.put("status", lower(room.status()));
        json.put("agent", agent(room.agent()));
        json.put("created_at", room.createdAt());
        json.put("updated_at", room.updatedAt());
        json.put("unread_messages_count", room.unreadByAgent());
        return json;
    }

    /** An item of {@code waiting_chats}. */
    /** Messages embedded in a listed chat room's JSON: the latest ones, oldest first. */
    public static final int MESSAGES_PER_LISTED_ROOM = 50;

    public static Map<String, Object> waitingRoom(ChatRoomView room, List<ChatMessageView> messages, Clock clock) {
        return waitingRoomWith(room, messages.stream().map(LiveChatJson::message).toList(), clock);
    }

    /**
     * A waiting chat as {@code waiting_chats} lists it: the seed's fields plus {@code chat_user_info},
     * {@code status} and {@code messages}, which the public seed-003 client reads on every item (its own
     * backend sends them).
     */
    public static Map<String, Object> waitingRoomWith(ChatRoomView room, List<Map<String, Object>> messages,
            Clock clock) {
        Map<String, Object> chatUser = new LinkedHashMap<>();
        chatUser.put("full_name", room.chatUser().fullName());
        chatUser.put("email", room.chatUser().email());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", room.id());
        json.put("chat_user", chatUser);
        json.put("chat_user_info", chatUserInfo(room));
        json.put("initial_message", room.initialMessage());
        json.put("created_at", room.createdAt());
        json.put("priority", lower(room.priority()));
        json.put("waiting_time_minutes", Math.max(0, Duration.between(room.createdAt(), clock.instant()).toMinutes()));
        json.put("status", lower(room.status()));
        json.put("messages", messages);
        return json;
    }

    /** A full chat room with its messages ({@code my_chats}, {@code all_chats}, {@code take_chat} ...). */
    public static Map<String, Object> fullRoom(ChatRoomView room, List<ChatMessageView> messages) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", room.id());
        json.put("chat_user", chatUser(room));
        json.put("chat_user_info", chatUserInfo(room));
        json.put("initial_message", room.initialMessage());
        json.put("status", lower(room.status()));
        json.put("agent", agent(room.agent()));
        json.put("messages", messages.stream().map(LiveChatJson::message).toList());
        json.put("created_at", room.createdAt());
        json.put("updated_at", room.updatedAt());
        return json;
    }

    /** {@code {id, sender_type, content, message_type, is_read, created_at}}. */
    public static Map<String, Object> message(ChatMessageView message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", message.id());
        json.put("sender_type", lower(message.senderType()));
        json.put("content", message.content());
        json.put("message_type", message.messageType());
        json.put("is_read", message.read());
        json.put("created_at", message.createdAt());
        return json;
    }

    /** A message of {@code GET /api/chat-rooms/{id}/messages/}: names its sender. */
    public static Map<String, Object> messageWithSender(ChatMessageView message, ChatRoomView room) {
        Map<String, Object> json = message(message);
        if (message.senderType() == SenderType.USER) {
            Map<String, Object> sender = new LinkedHashMap<>();
            sender.put("full_name", room.chatUser().fullName());
            sender.put("email", room.chatUser().email());
            json.put("user_sender", sender);
        } else if (message.senderType() == SenderType.AGENT) {
            json.put("agent_sender", agent(message.agent()));
        }
        return json;
    }
}
