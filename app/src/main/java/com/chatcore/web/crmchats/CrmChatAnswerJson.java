package com.chatcore.web.crmchats;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"success": true, "data": {...}}}. */
record CrmChatAnswerJson(@Schema(example = "true") boolean success, CrmChatJson data) {

    static CrmChatAnswerJson of(CrmChatJson chat) {
        return new CrmChatAnswerJson(true, chat);
    }
}
