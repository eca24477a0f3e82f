package com.chatcore.web.error;

import java.util.Optional;

/**
 * The one rule for text that may reach an event or a lookup: what PostgreSQL's {@code text} and JSON
 * cannot hold faithfully is refused at the edge, before any command. PostgreSQL refuses NUL outright;
 * an unpaired UTF-16 surrogate has no UTF-8 form (it would be stored as {@code ?}); U+FFFE and U+FFFF
 * are Unicode non-characters that no client means to send. The messages are DRF's (Spanish), whose
 * CharField refuses the first two the same way.
 */
public final class StorableText {

    static final String NULL_CHARACTER = "Los caracteres nulos no están permitidos.";

    private StorableText() {
    }

    /** Why {@code value} cannot be stored, or empty when it can (null can: it is no text). */
    public static Optional<String> problem(CharSequence value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return Optional.of(NULL_CHARACTER);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(notAllowed(c));
            }
        }
        return Optional.empty();
    }

    public static boolean isStorable(CharSequence value) {
        return problem(value).isEmpty();
    }

    private static String notAllowed(char c) {
        return String.format("No se permiten caracteres sustitutos ni no-caracteres: U+%04X.", (int) c);
    }
}
