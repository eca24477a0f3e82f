package com.chatcore.web.crmchats;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** Seed 000's {@code ChatData} for a new chat; an {@code id} in it is ignored (ids come from a sequence). */
record NewCrmChatRequest(
        @Schema(type = "integer", format = "int64", minimum = "1", example = "123",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonProperty("sesion_id") JsonNode sesionId,
        @Schema(type = "integer", format = "int64", minimum = "1", example = "456",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonProperty("contact_id") JsonNode contactId) {
}
