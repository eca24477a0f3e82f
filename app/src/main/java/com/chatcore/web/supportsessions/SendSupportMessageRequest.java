package com.chatcore.web.supportsessions;

import io.swagger.v3.oas.annotations.media.Schema;

/** Seed 001's message body; anything else in it (a {@code sender}, a session id) is ignored. */
@Schema(name = "SendSupportMessageRequest")
record SendSupportMessageRequest(
        @Schema(description = "1 to 500 characters, not blank", example = "Hola, necesito ayuda") String message) {
}
