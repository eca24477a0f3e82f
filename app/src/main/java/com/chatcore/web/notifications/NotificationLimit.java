package com.chatcore.web.notifications;

import com.chatcore.api.error.FieldValidationException;

/** {@code ?limit=}: how many of the latest notifications to list, 1 to 100 (larger values are capped). */
final class NotificationLimit {

    static final int MAX = 100;

    private NotificationLimit() {
    }

    static int parse(String value) {
        if (value == null || value.isBlank()) {
            return MAX;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw FieldValidationException.of("limit", "Se requiere un número entero válido.");
        }
        if (limit < 1) {
            throw FieldValidationException.of("limit", "Asegúrese de que este valor es mayor o igual a 1.");
        }
        return Math.min(limit, MAX);
    }
}
