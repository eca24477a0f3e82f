package com.chatcore.web.clients;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"success": true, "record": {"id": "...", "session_id": "..."}}}. */
record ClientAnswerJson(@Schema(example = "true") boolean success, ClientRecordJson record) {

    static ClientAnswerJson of(ClientRecordJson record) {
        return new ClientAnswerJson(true, record);
    }
}
