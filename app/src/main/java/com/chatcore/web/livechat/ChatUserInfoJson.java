package com.chatcore.web.livechat;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatRoomView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code chat_user}'s fields and {@code is_temporary} (a guest's contact, not an account): the public
 * seed-003 client reads a chat's customer from {@code chat_user_info}, which every chat object carries
 * beside the seed's {@code chat_user}.
 */
public record ChatUserInfoJson(
        @Schema(example = "12") long id,
        @Schema(example = "María López") @JsonProperty("full_name") String fullName,
        @Schema(example = "maria@example.com") String email,
        @Schema(example = "+34600111222") @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("is_temporary") boolean temporary) {

    public static ChatUserInfoJson of(ChatRoomView room) {
        return new ChatUserInfoJson(room.chatUser().id(), room.chatUser().fullName(), room.chatUser().email(),
                room.chatUser().phoneNumber(), room.channel() == Channel.WEB_GUEST);
    }
}
