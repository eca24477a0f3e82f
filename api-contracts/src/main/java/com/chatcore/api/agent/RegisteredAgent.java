package com.chatcore.api.agent;

import java.util.Objects;

/** What registering an agent answers: the ids of its new account and agent profile. */
public record RegisteredAgent(long userId, long agentId) {

    /** The agent as the command stored it, for an answer when the read model is late. */
    public AgentView asStored(RegisterAgentCommand command) {
        return new AgentView(agentId, userId, command.username(), command.email(),
                Objects.requireNonNullElse(command.firstName(), ""), Objects.requireNonNullElse(command.lastName(), ""),
                command.available(), 0, command.maxConcurrentChats(), command.employeeId(), command.department(), true);
    }
}
