package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatRoomView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** An item of {@code filtered_chats}: a chat room without its messages, with the agent's unread count. */
public record ListedChatJson(
        @Schema(example = "5f0c7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") String id,
        @JsonProperty("chat_user") ChatUserJson chatUser,
        @JsonProperty("chat_user_info") ChatUserInfoJson chatUserInfo,
        @Schema(example = "Hola, necesito ayuda con mi pedido") @JsonProperty("initial_message") String initialMessage,
        @Schema(allowableValues = {"waiting", "active", "resolved", "closed"}, example = "active") String status,
        @Schema(description = "null while nobody holds the chat") AgentRefJson agent,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @Schema(example = "2") @JsonProperty("unread_messages_count") int unreadMessagesCount) {

    public static ListedChatJson of(ChatRoomView room) {
        return new ListedChatJson(room.id(), ChatUserJson.of(room), ChatUserInfoJson.of(room), room.initialMessage(),
                LiveChatJson.lower(room.status()), AgentRefJson.of(room.agent()), room.createdAt(), room.updatedAt(),
                room.unreadByAgent());
    }
}
