package com.chatcore.web.crmchats;

import tools.jackson.databind.JsonNode;

import java.util.regex.Pattern;

/**
 * Reads seed 000's integers strictly: a JSON integer in a body (no strings, no decimals, no booleans), decimal
 * digits in a path or query. Bodies bind these fields as {@link JsonNode} so that every wrong type gets the
 * seed's one-sentence error here, after the role check, rather than a binding error before it.
 */
final class CrmChatFields {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}");

    private CrmChatFields() {
    }

    /** The chat id of a path or query parameter. */
    static long chatId(String text) {
        if (text == null || text.isBlank()) {
            throw CrmChatRefusal.badRequest(CrmChatRefusal.ID_REQUIRED);
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw CrmChatRefusal.badRequest(CrmChatRefusal.INVALID_ID);
        }
        return Long.parseLong(text);
    }

    static long required(JsonNode value, String field) {
        Long id = optional(value, field);
        if (id == null) {
            throw CrmChatRefusal.badRequest(field.equals("id") ? CrmChatRefusal.ID_REQUIRED : field + " es requerido");
        }
        return id;
    }

    /** Null when absent; JSON null counts as a wrong value, not as absent. */
    static Long optional(JsonNode value, String field) {
        if (value == null || value.isMissingNode()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw CrmChatRefusal.badRequest(field.equals("id") ? CrmChatRefusal.INVALID_ID
                    : field + " debe ser un número entero");
        }
        return value.longValue();
    }
}
