package com.chatcore.web.error;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.List;
import java.util.Map;

/**
 * Explains why a JSON body could not be read: text that cannot be stored, a field of the wrong type, or no
 * JSON at all.
 */
public final class UnreadableBodies {

    private UnreadableBodies() {
    }

    public static Map<String, ?> describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StorableTextJson.UnstorableTextException unstorable) {
            String field = unstorable.getPath().isEmpty() ? null : fieldOf(unstorable);
            return field == null ? ApiErrors.detail(unstorable.problem()) : Map.of(field, List.of(unstorable.problem()));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = fieldOf(mismatch);
            if (field != null) {
                return Map.of(field, List.of(messageFor(mismatch.getTargetType())));
            }
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().get(0).getPropertyName();
            if (field != null) {
                return Map.of(field, List.of(DrfMessages.INVALID_VALUE));
            }
        }
        return ApiErrors.detail(DrfMessages.MALFORMED_JSON);
    }

    private static String fieldOf(MismatchedInputException e) {
        return e.getPath().get(0).getPropertyName();
    }

    private static String messageFor(Class<?> type) {
        if (type == null) {
            return DrfMessages.INVALID_VALUE;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return DrfMessages.INVALID_INTEGER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return DrfMessages.INVALID_BOOLEAN;
        }
        if (type == String.class) {
            return DrfMessages.INVALID_STRING;
        }
        return DrfMessages.INVALID_VALUE;
    }
}
