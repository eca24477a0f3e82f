package com.chatcore.web.directchats;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * User ids as seed 002's clients send them: strings ({@code "7"}, the public client's kind) or numbers, and
 * in {@code participants} also a populated user object ({@code {"_id": "7", ...}}), which Mongoose casts to
 * its id. Anything else is passed on as its text and refused by the chat's rules as no user.
 */
final class UserIds {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private UserIds() {
    }

    static Optional<Long> parse(String id) {
        return id != null && DIGITS.matcher(id.trim()).matches() ? Optional.of(Long.parseLong(id.trim()))
                : Optional.empty();
    }

    /** The ids of a JSON array, as text; empty when {@code participants} is absent or not an array. */
    static Optional<List<String>> ofArray(JsonNode participants) {
        if (participants == null || !participants.isArray()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode participant : participants) {
            ids.add(idOf(participant));
        }
        return Optional.of(ids);
    }

    private static String idOf(JsonNode participant) {
        if (participant.isObject()) {
            JsonNode id = participant.has("_id") ? participant.get("_id") : participant.get("id");
            return id == null || id.isContainer() ? participant.toString() : idOf(id);
        }
        if (participant.isString()) {
            return participant.asString().trim();
        }
        if (participant.isNumber() && participant.canConvertToExactIntegral()) {
            return participant.bigIntegerValue().toString();
        }
        return participant.toString();
    }
}
