package com.chatcore.api.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command broke a rule about one or more of its fields. Carries the messages per field, in the
 * shape the seeds use for validation errors ({@code {"username": ["..."]}}).
 */
public class FieldValidationException extends RuntimeException {

    private final Map<String, List<String>> errors;

    public FieldValidationException(Map<String, List<String>> errors) {
        super("Invalid fields: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static FieldValidationException of(String field, String message) {
        return new FieldValidationException(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> errors() {
        return errors;
    }
}
