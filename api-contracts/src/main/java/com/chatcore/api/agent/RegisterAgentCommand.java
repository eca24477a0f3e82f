package com.chatcore.api.agent;

/**
 * Opens an agent account: a user with the {@code AGENT} role plus its agent profile, atomically.
 * {@code employeeId} and {@code department} are optional (null).
 */
public record RegisterAgentCommand(
        String username,
        String email,
        String passwordHash,
        String firstName,
        String lastName,
        int maxConcurrentChats,
        boolean available,
        String employeeId,
        String department) {
}
