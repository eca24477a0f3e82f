package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatRoomView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Seed 003's {@code chat_user}: {@code {id, full_name, email, phone_number}}. */
public record ChatUserJson(
        @Schema(example = "12") long id,
        @Schema(example = "María López") @JsonProperty("full_name") String fullName,
        @Schema(example = "maria@example.com") String email,
        @Schema(example = "+34600111222") @JsonProperty("phone_number") String phoneNumber) {

    public static ChatUserJson of(ChatRoomView room) {
        return new ChatUserJson(room.chatUser().id(), room.chatUser().fullName(), room.chatUser().email(),
                room.chatUser().phoneNumber());
    }
}
