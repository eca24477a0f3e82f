package com.chatcore.web.clients;

import com.chatcore.api.crm.WhatsAppConversationView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A WhatsApp conversation as seed 004 names its fields: {@code chatId} and the client's id. */
record ConversationRecordJson(
        @Schema(example = "123456789@c.us") String chatId,
        @Schema(example = "17") @JsonProperty("client_id") String clientId) {

    static ConversationRecordJson of(WhatsAppConversationView conversation) {
        return new ConversationRecordJson(conversation.chatId(), Long.toString(conversation.clientId()));
    }
}
