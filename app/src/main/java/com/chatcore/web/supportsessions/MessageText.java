package com.chatcore.web.supportsessions;

import com.chatcore.web.error.StorableText;

/** Shape checks of seed 001's inputs, refused with its 400 body. */
final class MessageText {

    private MessageText() {
    }

    /** A message that is not blank, at most {@code maxLength} characters (code points) and storable. */
    static String require(String message, int maxLength) {
        if (message == null || message.isBlank()) {
            throw SupportProblem.invalid("message", SupportMessages.EMPTY_MESSAGE);
        }
        if (message.codePointCount(0, message.length()) > maxLength) {
            throw SupportProblem.invalid("message", SupportMessages.TOO_LONG);
        }
        StorableText.problem(message).ifPresent(problem -> {
            throw SupportProblem.invalid("message", problem);
        });
        return message;
    }

    /** A whole number from 1 to {@code max}. */
    static int positive(String field, String value, int max) {
        try {
            int number = value == null ? 0 : Integer.parseInt(value.trim());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw SupportProblem.invalid(field, "Debe ser un número entero entre 1 y " + max);
    }
}
