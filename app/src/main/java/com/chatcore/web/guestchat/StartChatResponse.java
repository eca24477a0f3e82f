package com.chatcore.web.guestchat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Seed 003's answer to {@code start_chat}: the pre-chat session and how long it stays open, in seconds. */
record StartChatResponse(
        boolean success,
        @Schema(example = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f") @JsonProperty("session_id") String sessionId,
        @Schema(example = NEXT_STEP) @JsonProperty("next_step") String nextStep,
        @Schema(example = MESSAGE) String message,
        @Schema(example = "1800") @JsonProperty("expires_in") long expiresIn) {

    static final String NEXT_STEP = "complete_profile";
    static final String MESSAGE = "Por favor completa tus datos de contacto";

    static StartChatResponse of(String sessionId, long expiresIn) {
        return new StartChatResponse(true, sessionId, NEXT_STEP, MESSAGE, expiresIn);
    }
}
