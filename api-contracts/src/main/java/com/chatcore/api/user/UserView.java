package com.chatcore.api.user;

/** An account as the users read model shows it (no password material). */
public record UserView(
        long id,
        String username,
        String email,
        String firstName,
        String lastName,
        Role role,
        boolean active) {
}
