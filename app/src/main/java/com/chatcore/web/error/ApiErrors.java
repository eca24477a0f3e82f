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

    /** Whether reading a request body failed because it passed {@code chat.http.max-body-size} (a 413). */
    public static boolean tooLargeBody(Throwable failure) {
        return BodySizeLimitFilter.causedByTooLargeBody(failure);
    }
}
