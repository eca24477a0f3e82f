package com.chatcore.command;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.error.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Hamcrest matchers for the exceptions aggregates refuse commands with. */
public final class Refusals {

    private Refusals() {
    }

    /** A {@link FieldValidationException} with exactly these messages, field by field. */
    public static Matcher<Object> fieldErrors(Map<String, List<String>> expected) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof FieldValidationException e && e.errors().equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("FieldValidationException with errors ").appendValue(expected);
            }

            @Override
            protected void describeMismatchSafely(Object item, Description description) {
                if (item instanceof FieldValidationException e) {
                    description.appendText("had errors ").appendValue(e.errors());
                } else {
                    description.appendText("was ").appendValue(item);
                }
            }
        };
    }

    /** A {@link FieldValidationException} with one message for one field. */
    public static Matcher<Object> fieldError(String field, String message) {
        return fieldErrors(Map.of(field, List.of(message)));
    }

    /** A {@link RuleViolationException} naming this rule, with this message for the caller. */
    public static Matcher<Object> ruleViolation(String rule, String message) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolationException e && Objects.equals(e.rule(), rule)
                        && Objects.equals(e.getMessage(), message);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolationException ").appendValue(rule).appendText(" ")
                        .appendValue(message);
            }
        };
    }
}
