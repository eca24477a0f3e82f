package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Seed 001's ChatSession: the conversation's lifecycle seen as {@code pending} (waiting), {@code active} and
 * {@code closed} (resolved or closed); {@code lastMessageAt} is the latest message's time, or the creation's.
 */
@Schema(name = "SupportChatSession")
record SupportSessionJson(String id, String userId,
        @Schema(allowableValues = {"pending", "active", "closed"}) String status, Instant createdAt,
        Instant lastMessageAt, List<SupportMessageJson> messages) {

    static SupportSessionJson of(ChatRoomView room, List<ChatMessageView> messages) {
        Instant lastMessageAt = messages.isEmpty() ? room.createdAt() : messages.get(messages.size() - 1).createdAt();
        return new SupportSessionJson(room.id(), Long.toString(room.chatUser().id()), status(room), room.createdAt(),
                lastMessageAt, messages.stream().map(SupportMessageJson::of).toList());
    }

    static String status(ChatRoomView room) {
        return switch (room.status()) {
            case WAITING -> "pending";
            case ACTIVE -> "active";
            case RESOLVED, CLOSED -> "closed";
        };
    }
}
