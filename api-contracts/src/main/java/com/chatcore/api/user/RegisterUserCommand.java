package com.chatcore.api.user;

/**
 * Opens a new account. The password arrives already hashed: clear passwords never enter a message.
 * Handled by a creating handler that allocates the numeric user id and returns it.
 */
public record RegisterUserCommand(
        String username,
        String email,
        String passwordHash,
        String firstName,
        String lastName,
        Role role) {
}
