package com.chatcore.web.audit;

import com.chatcore.api.error.FieldValidationException;

/** {@code page} (from 1) and {@code page_size} (default 100, at most {@link #MAX_PAGE_SIZE}) of the audit routes. */
record AuditPaging(int page, int pageSize) {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;
    private static final String AT_LEAST_ONE = "Asegúrese de que este valor es mayor o igual a 1.";

    static AuditPaging of(String page, String pageSize) {
        int number = parse("page", page, 1);
        int size = parse("page_size", pageSize, DEFAULT_PAGE_SIZE);
        if (number < 1) {
            throw FieldValidationException.of("page", AT_LEAST_ONE);
        }
        if (size < 1) {
            throw FieldValidationException.of("page_size", AT_LEAST_ONE);
        }
        if (size > MAX_PAGE_SIZE) {
            throw FieldValidationException.of("page_size",
                    "Asegúrese de que este valor es menor o igual a " + MAX_PAGE_SIZE + ".");
        }
        return new AuditPaging(number, size);
    }

    private static int parse(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw FieldValidationException.of(field, "Se requiere un número entero válido.");
        }
    }
}
