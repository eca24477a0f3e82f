package com.chatcore.web.crmchats;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** {@code PATCH} on the base path: the chat's {@code id} in the body, then the fields to change. */
record CrmChatUpdateRequest(
        @Schema(type = "integer", format = "int64", example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        JsonNode id,
        @Schema(type = "integer", format = "int64", minimum = "1", example = "124")
        @JsonProperty("sesion_id") JsonNode sesionId,
        @Schema(type = "integer", format = "int64", minimum = "1", example = "457")
        @JsonProperty("contact_id") JsonNode contactId) {

    CrmChatChangeRequest changes() {
        return new CrmChatChangeRequest(sesionId, contactId);
    }
}
