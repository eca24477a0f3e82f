package com.chatcore.web.clients;

import com.chatcore.web.error.StorableText;
import tools.jackson.databind.JsonNode;

import java.util.regex.Pattern;

/** Reads seed 004's fields; the domain then checks what they must be (required, lengths). */
final class ClientFields {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,18}");

    private ClientFields() {
    }

    /** A client id of a path; any other text names no client (the seed's ids are strings). */
    static long clientId(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw ClientRefusal.clientNotFound();
        }
        return Long.parseLong(text);
    }

    /** A string, or an integer kept as its decimal text; null when absent or null. */
    static String sessionId(JsonNode value) {
        if (value != null && value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value != null && !value.isNull() && !value.isMissingNode() && !value.isString()) {
            throw ClientRefusal.badRequest("Session ID must be a string or an integer");
        }
        return text(value, "Session ID");
    }

    /** A string; null when absent or null. */
    static String text(JsonNode value, String label) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isString()) {
            throw ClientRefusal.badRequest(label + " must be a string");
        }
        String text = value.stringValue();
        if (!StorableText.isStorable(text)) {
            throw ClientRefusal.badRequest(label + " contains a character that cannot be stored");
        }
        return text;
    }
}
