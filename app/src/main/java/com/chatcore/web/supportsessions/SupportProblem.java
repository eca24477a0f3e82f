package com.chatcore.web.supportsessions;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** A request refused at the edge, answered in seed 001's error shapes. */
final class SupportProblem extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, List<String>> errors;
    private final long retryAfterSeconds;

    private SupportProblem(HttpStatus status, String message, Map<String, List<String>> errors,
            long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private SupportProblem(HttpStatus status, String message, Map<String, List<String>> errors) {
        this(status, message, errors, 0);
    }

    SupportProblem retryAfter(long seconds) {
        return new SupportProblem(status, getMessage(), errors, seconds);
    }

    /** Seconds for a {@code Retry-After} header; 0: none. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static SupportProblem notFound() {
        return new SupportProblem(HttpStatus.NOT_FOUND, SupportMessages.NOT_FOUND, Map.of());
    }

    static SupportProblem notFound(String message) {
        return new SupportProblem(HttpStatus.NOT_FOUND, message, Map.of());
    }

    static SupportProblem forbidden() {
        return new SupportProblem(HttpStatus.FORBIDDEN, SupportMessages.FORBIDDEN, Map.of());
    }

    static SupportProblem tooMany() {
        return new SupportProblem(HttpStatus.TOO_MANY_REQUESTS, SupportMessages.TOO_MANY, Map.of());
    }

    static SupportProblem invalid(String field, String message) {
        return new SupportProblem(HttpStatus.BAD_REQUEST, message, Map.of(field, List.of(message)));
    }

    HttpStatus status() {
        return status;
    }

    Map<String, List<String>> errors() {
        return errors;
    }
}
