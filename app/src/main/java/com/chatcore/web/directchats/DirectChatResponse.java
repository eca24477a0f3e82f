package com.chatcore.web.directchats;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"success": true, "data": chat}}. */
record DirectChatResponse(@Schema(example = "true") boolean success, DirectChatJson data) {

    static DirectChatResponse of(DirectChatJson chat) {
        return new DirectChatResponse(true, chat);
    }
}
