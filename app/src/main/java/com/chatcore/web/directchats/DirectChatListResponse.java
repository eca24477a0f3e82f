package com.chatcore.web.directchats;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"success": true, "data": {"chats": [...], "pagination": {...}}}}. */
record DirectChatListResponse(@Schema(example = "true") boolean success, DirectChatPageJson data) {

    static DirectChatListResponse of(DirectChatPageJson page) {
        return new DirectChatListResponse(true, page);
    }
}
