package com.chatcore.command.user;

import com.chatcore.api.error.FieldValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link UserRegistry} in memory, with the same case-insensitive uniqueness as the real one. */
final class InMemoryUserRegistry implements UserRegistry {

    static final String USERNAME_TAKEN = JdbcUserRegistry.USERNAME_TAKEN;
    static final String EMAIL_TAKEN = JdbcUserRegistry.EMAIL_TAKEN;

    private final Map<String, Long> usernames = new HashMap<>();
    private final Map<String, Long> emails = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private long nextId;

    InMemoryUserRegistry(long firstId) {
        this.nextId = firstId;
    }

    /** Takes a name and an email as if another account held them. */
    InMemoryUserRegistry taken(String username, String email) {
        long id = nextId++;
        usernames.put(key(username), id);
        emails.put(key(email), id);
        return this;
    }

    @Override
    public long reserve(String username, String email) {
        calls.add("reserve " + username + " " + email);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (usernames.containsKey(key(username))) {
            errors.put("username", List.of(USERNAME_TAKEN));
        }
        if (emails.containsKey(key(email))) {
            errors.put("email", List.of(EMAIL_TAKEN));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        long id = nextId++;
        usernames.put(key(username), id);
        emails.put(key(email), id);
        return id;
    }

    @Override
    public void changeEmail(long userId, String email) {
        calls.add("changeEmail " + userId + " " + email);
        Long holder = emails.get(key(email));
        if (holder != null && holder != userId) {
            throw FieldValidationException.of("email", EMAIL_TAKEN);
        }
        emails.values().remove(userId);
        emails.put(key(email), userId);
    }

    /** Every call made, in order, e.g. {@code "reserve ana ana@example.com"}. */
    List<String> calls() {
        return calls;
    }

    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
