package com.chatcore.web.clients;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A new client: {@code session_id} as a string or an integer (seed 000 shows session ids as integers, seed 004
 * as strings; both are taken and kept as text), optional {@code name} and {@code phone}. Fields bind as
 * {@link JsonNode} so that {@link ClientFields} answers every wrong type in the seed's shape, after the role check.
 */
record RegisterClientRequest(
        // Its schema (string or integer) is written by ClientsOpenApi.
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonProperty("session_id") JsonNode sessionId,
        @Schema(type = "string", maxLength = 255, example = "Ana Ruiz") JsonNode name,
        @Schema(type = "string", maxLength = 50, example = "+34600000000") JsonNode phone) {
}
