package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** The seed's lower-case choices (status, priority) and numeric filters, with Django's error wording. */
final class Choices {

    private Choices() {
    }

    static String invalidChoice(Object value) {
        return "Escoja una opción válida. " + value + " no es una de las opciones disponibles.";
    }

    /** {@code ?status=}: one status, or null (no filter) when absent or empty. */
    static Set<ChatStatus> statusFilter(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Set.of(parse("status", value, ChatStatus.values()));
    }

    /** {@code ?agent_id=}: an agent id, or null (no filter) when absent or empty. */
    static Long agentIdFilter(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw FieldValidationException.of("agent_id", DrfMessages.INVALID_INTEGER);
        }
    }

    static Priority priority(String value) {
        if (value == null) {
            throw FieldValidationException.of("priority", DrfMessages.REQUIRED);
        }
        return parse("priority", value, Priority.values());
    }

    private static <E extends Enum<E>> E parse(String field, String value, E[] choices) {
        return Arrays.stream(choices)
                .filter(choice -> choice.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst()
                .orElseThrow(() -> FieldValidationException.of(field, invalidChoice(value)));
    }
}
