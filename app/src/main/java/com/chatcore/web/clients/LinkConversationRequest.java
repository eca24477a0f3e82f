package com.chatcore.web.clients;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** A WhatsApp conversation for a client, named by its chat id. */
record LinkConversationRequest(
        @Schema(type = "string", maxLength = 255, requiredMode = Schema.RequiredMode.REQUIRED,
                example = "123456789@c.us") JsonNode chatId) {
}
