package com.chatcore.web.messages;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** {@code {id}/mark_read}: the message's read mark as it stands now. */
record MessageMarkedJson(boolean success,
        @Schema(example = MARKED) String message,
        MarkedMessageJson data) {

    static final String MARKED = "Mensaje marcado como leído";

    record MarkedMessageJson(
            @Schema(example = "0b6f1c1e-4d4b-4a57-9d1e-6f1b2a3c4d5e") String id,
            @JsonProperty("is_read") boolean read,
            @Schema(description = "null while unread") @JsonProperty("read_at") Instant readAt) {
    }

    static MessageMarkedJson of(String id, boolean read, Instant readAt) {
        return new MessageMarkedJson(true, MARKED, new MarkedMessageJson(id, read, readAt));
    }
}
