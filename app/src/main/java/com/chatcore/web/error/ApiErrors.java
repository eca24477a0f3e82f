package com.chatcore.web.error;

import java.util.Map;

/** Error bodies in the seeds' shapes. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** {@code {"detail": "..."}}: authentication, permissions, routing, parsing. */
    public static Map<String, Object> detail(String message) {
        return Map.of("detail", message);
    }

    /** {@code {"error": "..."}}: business rules, as seed 003 writes them. */
    public static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }
}
