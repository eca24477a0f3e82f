package com.chatcore.web.guestchat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * Seed 003's answer to {@code validate_session}: {@code {valid: true, has_message, created_at}} for an open
 * session, {@code {valid: false, message}} otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ValidateSessionResponse(
        boolean valid,
        @Schema(description = "Only when valid") @JsonProperty("has_message") Boolean hasMessage,
        @Schema(description = "Only when valid") @JsonProperty("created_at") Instant createdAt,
        @Schema(description = "Only when not valid", example = EXPIRED) String message) {

    static final String EXPIRED = "Sesión expirada o no encontrada";

    static ValidateSessionResponse open(boolean hasMessage, Instant createdAt) {
        return new ValidateSessionResponse(true, hasMessage, createdAt, null);
    }

    static ValidateSessionResponse expired() {
        return new ValidateSessionResponse(false, null, null, EXPIRED);
    }
}
