package com.chatcore.web.messages;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code mark_bulk_read}: {@code total_requested} counts the items given, {@code valid_messages} the
 * distinct messages among them the caller may act on, {@code updated_count} those that turned read now.
 */
record BulkMarkedJson(boolean success,
        @Schema(example = "2 mensajes marcados como leídos") String message,
        @Schema(example = "2") @JsonProperty("updated_count") int updatedCount,
        @Schema(example = "3") @JsonProperty("total_requested") int totalRequested,
        @Schema(example = "3") @JsonProperty("valid_messages") int validMessages) {

    static BulkMarkedJson of(int updated, int requested, int valid) {
        return new BulkMarkedJson(true, ChatMarkedJson.message(updated), updated, requested, valid);
    }
}
