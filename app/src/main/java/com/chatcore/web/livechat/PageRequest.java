package com.chatcore.web.livechat;

import com.chatcore.api.error.FieldValidationException;

/**
 * {@code page} and {@code page_size} of seed 003's lists: 1-based, page size capped so no request
 * reads an unbounded result set.
 */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(String page, String pageSize, int defaultPageSize) {
        int number = parse("page", page, 1);
        int size = parse("page_size", pageSize, defaultPageSize);
        if (number < 1) {
            throw FieldValidationException.of("page", "Asegúrese de que este valor es mayor o igual a 1.");
        }
        if (size < 1) {
            throw FieldValidationException.of("page_size", "Asegúrese de que este valor es mayor o igual a 1.");
        }
        return new PageRequest(number, Math.min(size, MAX_PAGE_SIZE));
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

    /** Seed 003's pagination block. */
    public PaginationJson block(long total) {
        long totalPages = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        return new PaginationJson(page, totalPages, total, page < totalPages, page > 1);
    }
}
