package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatRoomView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Seed 003's {@code {success, chat_room_id, user_name, message}} plus what the public seed-003 client
 * reads: {@code user_data} (its {@code id} and {@code chat_room_id} are the guest's key, which the client
 * then sends back as {@code chat_room_id} and puts in its socket's path) and the room's {@code messages}.
 */
record CompleteChatResponse(boolean success,
        @Schema(example = "3b8e6c1a-2d4f-4e5a-9b7c-8d9e0f1a2b3c") @JsonProperty("chat_room_id") String chatRoomId,
        @JsonProperty("user_data") UserData userData,
        @Schema(example = "María López") @JsonProperty("user_name") String userName,
        @Schema(example = STARTED) String message,
        List<GuestMessageJson> messages) {

    static final String STARTED = "Chat iniciado correctamente. Un agente te contactará pronto.";

    record UserData(@Schema(example = "3b8e6c1a-2d4f-4e5a-9b7c-8d9e0f1a2b3c") String id,
            @Schema(example = "maria@example.com") String email,
            @Schema(example = "María López") @JsonProperty("full_name") String fullName,
            @Schema(example = "+34600111222") @JsonProperty("phone_number") String phoneNumber,
            @JsonProperty("is_temporary") boolean temporary,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("session_id") String sessionId,
            @JsonProperty("chat_room_id") String chatRoomId) {
    }

    static CompleteChatResponse of(String key, String sessionId, ChatRoomView room, List<GuestMessageJson> messages) {
        return fromCommand(key, sessionId, room.chatUser().fullName(), room.chatUser().email(),
                room.chatUser().phoneNumber(), room.createdAt(), messages);
    }

    /** As the command stored it, when the read model is late: the messages it already shows, maybe none. */
    static CompleteChatResponse fromCommand(String key, String sessionId, String fullName, String email,
            String phoneNumber, Instant createdAt, List<GuestMessageJson> messages) {
        UserData user = new UserData(key, email, fullName, phoneNumber, true, createdAt, sessionId, key);
        return new CompleteChatResponse(true, key, user, fullName, STARTED, messages);
    }
}
