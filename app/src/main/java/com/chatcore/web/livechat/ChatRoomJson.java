package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A full chat room with its latest messages, oldest first ({@code my_chats}, {@code all_chats}, {@code take_chat} ...). */
public record ChatRoomJson(
        @Schema(example = "5f0c7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") String id,
        @JsonProperty("chat_user") ChatUserJson chatUser,
        @JsonProperty("chat_user_info") ChatUserInfoJson chatUserInfo,
        @Schema(example = "Hola, necesito ayuda con mi pedido") @JsonProperty("initial_message") String initialMessage,
        @Schema(allowableValues = {"waiting", "active", "resolved", "closed"}, example = "active") String status,
        @Schema(description = "null while nobody holds the chat") AgentRefJson agent,
        List<MessageJson> messages,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static ChatRoomJson of(ChatRoomView room, List<ChatMessageView> messages) {
        return new ChatRoomJson(room.id(), ChatUserJson.of(room), ChatUserInfoJson.of(room), room.initialMessage(),
                LiveChatJson.lower(room.status()), AgentRefJson.of(room.agent()),
                messages.stream().map(MessageJson::of).toList(), room.createdAt(), room.updatedAt());
    }
}
