package com.chatcore.api.user;

/**
 * An account as the users read model shows it (no password material). {@code tokenGeneration} grows
 * when the password changes or the account is deactivated; tokens issued under an older one are dead.
 */
public record UserView(
        long id,
        String username,
        String email,
        String firstName,
        String lastName,
        Role role,
        boolean active,
        long tokenGeneration) {
}
