package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatMessageView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** Seed 003's message: {@code {id, sender_type, content, message_type, is_read, created_at}}. */
public record MessageJson(
        @Schema(example = "0b6f1c1e-4d4b-4a57-9d1e-6f1b2a3c4d5e") String id,
        @Schema(allowableValues = {"user", "agent", "system"}, example = "user")
        @JsonProperty("sender_type") String senderType,
        @Schema(example = "Hola, necesito ayuda con mi pedido") String content,
        @Schema(example = "text") @JsonProperty("message_type") String messageType,
        @JsonProperty("is_read") boolean read,
        @JsonProperty("created_at") Instant createdAt) {

    public static MessageJson of(ChatMessageView message) {
        return new MessageJson(message.id(), LiveChatJson.lower(message.senderType()), message.content(),
                message.messageType(), message.read(), message.createdAt());
    }
}
