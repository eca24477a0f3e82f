package com.chatcore.web.crmchats;

import io.swagger.v3.oas.annotations.media.Schema;

/** The seed's {@code {success: true, data: undefined}} as it reaches the wire: {@code {"success": true}}. */
record CrmChatDeletedJson(@Schema(example = "true") boolean success) {

    static final CrmChatDeletedJson DELETED = new CrmChatDeletedJson(true);
}
