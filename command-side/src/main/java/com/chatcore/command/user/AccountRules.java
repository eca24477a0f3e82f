package com.chatcore.command.user;

import com.chatcore.api.error.FieldValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules every account's fields obey, whoever opens it. Messages follow the seeds (Django REST
 * framework in Spanish) so that the edge can pass them through unchanged.
 */
final class AccountRules {

    static final int USERNAME_MAX = 150;
    static final int EMAIL_MAX = 254;
    static final int NAME_MAX = 150;

    /** Django's username rule: Unicode letters and digits (so "josé" is fine), and @ . + - _. */
    private static final Pattern USERNAME = Pattern.compile("[\\w.@+-]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    static AccountRules check() {
        return new AccountRules();
    }

    AccountRules username(String username) {
        if (isBlank(username)) {
            add("username", "Este campo no puede estar en blanco.");
        } else if (username.codePointCount(0, username.length()) > USERNAME_MAX) {
            add("username", "Asegúrese de que este campo no tenga más de " + USERNAME_MAX + " caracteres.");
        } else if (!USERNAME.matcher(username).matches()) {
            add("username", "Introduzca un nombre de usuario válido. Este valor solo puede contener letras, "
                    + "números y los caracteres @/./+/-/_.");
        }
        return this;
    }

    AccountRules email(String email) {
        if (isBlank(email)) {
            add("email", "Este campo no puede estar en blanco.");
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            add("email", "Introduzca una dirección de correo electrónico válida.");
        }
        return this;
    }

    AccountRules name(String field, String value) {
        if (value != null && value.length() > NAME_MAX) {
            add(field, "Asegúrese de que este campo no tenga más de " + NAME_MAX + " caracteres.");
        }
        return this;
    }

    AccountRules passwordHash(String passwordHash) {
        if (isBlank(passwordHash)) {
            add("password", "Este campo no puede estar en blanco.");
        }
        return this;
    }

    AccountRules add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    void orThrow() {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
