package com.chatcore.web.crmchats;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** {@code PATCH .../{id}}: the fields to change; at least one, an absent one keeps its value. */
record CrmChatChangeRequest(
        @Schema(type = "integer", format = "int64", minimum = "1", example = "124")
        @JsonProperty("sesion_id") JsonNode sesionId,
        @Schema(type = "integer", format = "int64", minimum = "1", example = "457")
        @JsonProperty("contact_id") JsonNode contactId) {
}
