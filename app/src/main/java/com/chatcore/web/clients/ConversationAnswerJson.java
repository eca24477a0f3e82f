package com.chatcore.web.clients;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"success": true, "record": {"chatId": "...", "client_id": "..."}}}. */
record ConversationAnswerJson(@Schema(example = "true") boolean success, ConversationRecordJson record) {

    static ConversationAnswerJson of(ConversationRecordJson record) {
        return new ConversationAnswerJson(true, record);
    }
}
