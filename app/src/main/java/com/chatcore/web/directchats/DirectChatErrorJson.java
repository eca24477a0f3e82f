package com.chatcore.web.directchats;

import io.swagger.v3.oas.annotations.media.Schema;

/** Seed 002's error body: {@code {"success": false, "message": "..."}}. */
@Schema(name = "DirectChatError")
record DirectChatErrorJson(@Schema(example = "false") boolean success,
        @Schema(example = "Chat no encontrado") String message) {

    static DirectChatErrorJson of(String message) {
        return new DirectChatErrorJson(false, message);
    }
}
