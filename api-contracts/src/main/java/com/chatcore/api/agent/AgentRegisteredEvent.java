package com.chatcore.api.agent;

import org.axonframework.serialization.Revision;

/**
 * An agent profile was created for a user. The user's name and email at that moment are carried
 * as facts so that agent read models need no other stream.
 * {@code employeeId} and {@code department} came later: null in older events.
 */
@Revision("1")
public record AgentRegisteredEvent(
        long agentId,
        long userId,
        String username,
        String email,
        String firstName,
        String lastName,
        int maxConcurrentChats,
        boolean available,
        String employeeId,
        String department) {
}
