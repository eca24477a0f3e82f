package com.chatcore.api.agent;

/** An agent as the agents read model shows it; {@code active} is false once its account is deactivated. */
public record AgentView(
        long id,
        long userId,
        String username,
        String email,
        String firstName,
        String lastName,
        boolean available,
        int currentActiveChats,
        int maxConcurrentChats,
        String employeeId,
        String department,
        boolean active) {
}
