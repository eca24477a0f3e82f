package com.chatcore.web.directchats;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"success": true, "message": "...", "data": chat}}: the answer of every write. */
record DirectChatWriteResponse(@Schema(example = "true") boolean success,
        @Schema(example = "Chat creado exitosamente") String message, DirectChatJson data) {

    static DirectChatWriteResponse of(String message, DirectChatJson chat) {
        return new DirectChatWriteResponse(true, message, chat);
    }
}
