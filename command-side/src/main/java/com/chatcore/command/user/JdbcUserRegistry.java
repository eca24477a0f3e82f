package com.chatcore.command.user;

import com.chatcore.api.error.FieldValidationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code user_lookup} (unique on lower(username) and lower(email)). {@code ON CONFLICT DO
 * NOTHING} waits for a competing transaction and never aborts ours, so two registrations racing for
 * one name end with exactly one account and a field error for the other.
 */
@Component
class JdbcUserRegistry implements UserRegistry {

    static final String USERNAME_TAKEN = "Ya existe un usuario con este nombre.";
    static final String EMAIL_TAKEN = "Ya existe un usuario con este correo electrónico.";

    private final JdbcTemplate jdbc;

    JdbcUserRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long reserve(String username, String email) {
        Long id = jdbc.queryForObject("SELECT nextval('user_id_seq')", Long.class);
        int inserted = jdbc.update("""
                INSERT INTO user_lookup (user_id, username, email) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", id, username, email);
        if (inserted == 0) {
            throw new FieldValidationException(takenFields(username, email));
        }
        return id;
    }

    @Override
    public void changeEmail(long userId, String email) {
        int updated = jdbc.update("""
                UPDATE user_lookup SET email = ? WHERE user_id = ?
                AND NOT EXISTS (SELECT 1 FROM user_lookup o WHERE lower(o.email) = lower(?) AND o.user_id <> ?)""",
                email, userId, email, userId);
        if (updated == 0) {
            throw FieldValidationException.of("email", EMAIL_TAKEN);
        }
    }

    private Map<String, List<String>> takenFields(String username, String email) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (exists("lower(username) = lower(?)", username)) {
            errors.put("username", List.of(USERNAME_TAKEN));
        }
        if (exists("lower(email) = lower(?)", email)) {
            errors.put("email", List.of(EMAIL_TAKEN));
        }
        if (errors.isEmpty()) {
            errors.put("username", List.of(USERNAME_TAKEN));
        }
        return errors;
    }

    private boolean exists(String condition, String value) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM user_lookup WHERE " + condition + ")", Boolean.class, value));
    }
}
