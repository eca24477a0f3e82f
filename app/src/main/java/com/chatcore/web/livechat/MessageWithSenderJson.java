package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.SenderType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A message of {@code GET /api/chat-rooms/{id}/messages/}: the seed's message naming its sender,
 * {@code user_sender} on the customer's messages, {@code agent_sender} on an agent's.
 */
public record MessageWithSenderJson(
        @Schema(example = "0b6f1c1e-4d4b-4a57-9d1e-6f1b2a3c4d5e") String id,
        @Schema(allowableValues = {"user", "agent", "system"}, example = "user")
        @JsonProperty("sender_type") String senderType,
        @Schema(example = "Hola, necesito ayuda con mi pedido") String content,
        @Schema(example = "text") @JsonProperty("message_type") String messageType,
        @JsonProperty("is_read") boolean read,
        @JsonProperty("created_at") Instant createdAt,
        @Schema(description = "Only on the customer's messages")
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("user_sender") UserSenderJson userSender,
        @Schema(description = "Only on an agent's messages")
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("agent_sender") AgentRefJson agentSender) {

    public record UserSenderJson(
            @Schema(example = "María López") @JsonProperty("full_name") String fullName,
            @Schema(example = "maria@example.com") String email) {
    }

    public static MessageWithSenderJson of(ChatMessageView message, ChatRoomView room) {
        UserSenderJson user = message.senderType() == SenderType.USER
                ? new UserSenderJson(room.chatUser().fullName(), room.chatUser().email()) : null;
        AgentRefJson agent = message.senderType() == SenderType.AGENT ? AgentRefJson.of(message.agent()) : null;
        return new MessageWithSenderJson(message.id(), LiveChatJson.lower(message.senderType()), message.content(),
                message.messageType(), message.read(), message.createdAt(), user, agent);
    }
}
