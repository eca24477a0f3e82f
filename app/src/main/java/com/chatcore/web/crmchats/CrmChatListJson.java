package com.chatcore.web.crmchats;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** {@code {"success": true, "data": [...]}}. */
record CrmChatListJson(@Schema(example = "true") boolean success, List<CrmChatJson> data) {

    static CrmChatListJson of(List<CrmChatJson> chats) {
        return new CrmChatListJson(true, chats);
    }
}
