package com.chatcore.web.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer of {@code mark_read} and {@code mark_all_read}: how many notifications turned read now. */
record NotificationsMarkedJson(boolean success,
        @Schema(example = "2 notificaciones marcadas como leídas") String message,
        @Schema(example = "2") @JsonProperty("updated_count") int updatedCount) {

    static NotificationsMarkedJson marked(int count) {
        return new NotificationsMarkedJson(true, count + " notificaciones marcadas como leídas", count);
    }

    static NotificationsMarkedJson allMarked(int count) {
        return new NotificationsMarkedJson(true, "Todas las notificaciones (" + count + ") marcadas como leídas",
                count);
    }
}
