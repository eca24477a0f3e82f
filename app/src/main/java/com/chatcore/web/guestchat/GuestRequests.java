package com.chatcore.web.guestchat;

import com.chatcore.api.error.FieldValidationException;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks guest request bodies. Bodies are optional on the wire (a missing body reports the missing
 * fields, as the seed's backend does), so validation runs here rather than through {@code @Valid}.
 * Errors come out per JSON field name, in the order the request declares its fields.
 */
@Component
class GuestRequests {

    static final String INVALID_PHONE = "Introduzca un número de teléfono válido.";
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{7,15}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Validator validator;

    GuestRequests(Validator validator) {
        this.validator = validator;
    }

    /** The Bean Validation errors of {@code request}, keyed by JSON field name. */
    Map<String, List<String>> errors(Record request) {
        Set<ConstraintViolation<Record>> violations = validator.validate(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (RecordComponent component : request.getClass().getRecordComponents()) {
            for (ConstraintViolation<Record> violation : violations) {
                if (violation.getPropertyPath().toString().equals(component.getName())) {
                    errors.computeIfAbsent(jsonName(component), f -> new ArrayList<>()).add(violation.getMessage());
                }
            }
        }
        return errors;
    }

    static void rejectIfAny(Map<String, List<String>> errors) {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }

    /** Adds {@code message} for {@code field} unless the field already has an error. */
    static void addIfValid(Map<String, List<String>> errors, String field, String message) {
        errors.putIfAbsent(field, List.of(message));
    }

    static String tooLong(int max) {
        return "Asegúrese de que este campo no tenga más de " + max + " caracteres.";
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Surrounding whitespace never counts, as in the seed's backend (DRF trims text fields). */
    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** The digits (with an optional leading {@code +}) of a phone number, or null when it is not one. */
    static String normalizePhone(String raw) {
        String compact = PHONE_SEPARATORS.matcher(raw).replaceAll("");
        return PHONE.matcher(compact).matches() ? compact : null;
    }

    /** Ids are UUIDs in their canonical form; anything else cannot name a session or chat room. */
    static boolean isUuid(String value) {
        return value != null && CANONICAL_UUID.matcher(value).matches();
    }

    /** The lower-case form the ids are stored in. */
    static String canonicalId(String value) {
        return UUID.fromString(value).toString();
    }

    private static String jsonName(RecordComponent component) {
        // @JsonProperty cannot target record components; Java puts it on the accessor.
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }
}
