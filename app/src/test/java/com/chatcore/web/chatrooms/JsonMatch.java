package com.chatcore.web.chatrooms;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact JSON comparison where the expected text may say {@code "<instant>"} or {@code "<uuid>"} for
 * values the test cannot know (times, generated ids); everything else, keys included, must be equal.
 */
final class JsonMatch {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private JsonMatch() {
    }

    static void assertJson(JsonNode actual, String expected) {
        List<String> problems = new ArrayList<>();
        compare("$", JSON.readTree(expected), actual, problems);
        assertThat(problems).as("JSON differs from expectation; actual: " + actual).isEmpty();
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (actual == null) {
            problems.add(path + " is missing");
            return;
        }
        if (expected.isString() && expected.asString().equals("<instant>")) {
            if (!actual.isString() || !INSTANT.matcher(actual.asString()).matches()) {
                problems.add(path + " is not an instant: " + actual);
            }
            return;
        }
        if (expected.isString() && expected.asString().equals("<uuid>")) {
            if (!actual.isString() || !UUID.matcher(actual.asString()).matches()) {
                problems.add(path + " is not a uuid: " + actual);
            }
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + " is not an object: " + actual);
                return;
            }
            List<String> expectedNames = new ArrayList<>(expected.propertyNames());
            List<String> actualNames = new ArrayList<>(actual.propertyNames());
            if (!expectedNames.equals(actualNames)) {
                problems.add(path + " has fields " + actualNames + ", expected " + expectedNames);
            }
            for (String name : expectedNames) {
                compare(path + "." + name, expected.get(name), actual.get(name), problems);
            }
            return;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + " is not an array of " + expected.size() + ": " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), problems);
            }
            return;
        }
        if (!expected.equals(actual)) {
            problems.add(path + " is " + actual + ", expected " + expected);
        }
    }
}
