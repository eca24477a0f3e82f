package com.chatcore.web.messages;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Exact JSON comparison: same field names in the same order, same values. An expected {@link Instant}
 * matches the same instant however it is written; {@link #ANY_INSTANT} matches any ISO-8601 instant.
 */
final class JsonExpect {

    static final Object ANY_INSTANT = new Object() {
        @Override
        public String toString() {
            return "<any instant>";
        }
    };

    private JsonExpect() {
    }

    static void assertJson(JsonNode actual, Object expected) {
        match(actual, expected, "$");
    }

    private static void match(JsonNode actual, Object expected, String path) {
        if (expected == ANY_INSTANT) {
            assertThat(instant(actual, path)).as(path).isNotNull();
        } else if (expected instanceof Instant instant) {
            assertThat(instant(actual, path)).as(path).isEqualTo(instant);
        } else if (expected instanceof Map<?, ?> map) {
            assertThat(actual.isObject()).as(path + " is an object: " + actual).isTrue();
            assertThat(new ArrayList<>(actual.propertyNames())).as(path + " fields")
                    .containsExactlyElementsOf(map.keySet().stream().map(String::valueOf).toList());
            map.forEach((key, value) -> match(actual.get(String.valueOf(key)), value, path + "." + key));
        } else if (expected instanceof List<?> list) {
            assertThat(actual.isArray()).as(path + " is an array: " + actual).isTrue();
            assertThat(actual.size()).as(path + " size").isEqualTo(list.size());
            for (int i = 0; i < list.size(); i++) {
                match(actual.get(i), list.get(i), path + "[" + i + "]");
            }
        } else if (expected == null) {
            assertThat(actual.isNull()).as(path + " is null: " + actual).isTrue();
        } else if (expected instanceof Boolean bool) {
            assertThat(actual.isBoolean() && actual.asBoolean() == bool).as(path + ": " + actual + " vs " + bool).isTrue();
        } else if (expected instanceof Number number) {
            assertThat(actual.isIntegralNumber() && actual.asLong() == number.longValue())
                    .as(path + ": " + actual + " vs " + number).isTrue();
        } else if (expected instanceof String text) {
            assertThat(actual.isString() && actual.asString().equals(text)).as(path + ": " + actual + " vs " + text)
                    .isTrue();
        } else {
            fail("unsupported expectation at " + path + ": " + expected);
        }
    }

    private static Instant instant(JsonNode actual, String path) {
        assertThat(actual.isString()).as(path + " is a string: " + actual).isTrue();
        try {
            return Instant.parse(actual.asString());
        } catch (DateTimeParseException e) {
            fail(path + " is not an ISO-8601 instant: " + actual);
            return null;
        }
    }
}
