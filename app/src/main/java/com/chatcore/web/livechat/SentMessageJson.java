package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.SenderType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A message as answered after sending it: the seed's message plus {@code chat_room} (the room's id), and
 * {@code agent_sender} on an agent's message only.
 */
public record SentMessageJson(
        @Schema(example = "0b6f1c1e-4d4b-4a57-9d1e-6f1b2a3c4d5e") String id,
        @Schema(example = "5f0c7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") @JsonProperty("chat_room") String chatRoom,
        @Schema(allowableValues = {"user", "agent", "system"}, example = "user")
        @JsonProperty("sender_type") String senderType,
        @Schema(example = "Hola, necesito ayuda con mi pedido") String content,
        @Schema(example = "text") @JsonProperty("message_type") String messageType,
        @JsonProperty("is_read") boolean read,
        @JsonProperty("created_at") Instant createdAt,
        @Schema(description = "Only on an agent's message")
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("agent_sender") AgentRefJson agentSender) {

    public static SentMessageJson of(ChatMessageView message) {
        return new SentMessageJson(message.id(), message.chatRoomId(), LiveChatJson.lower(message.senderType()),
                message.content(), message.messageType(), message.read(), message.createdAt(),
                message.senderType() == SenderType.AGENT ? AgentRefJson.of(message.agent()) : null);
    }
}
