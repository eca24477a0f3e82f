package com.chatcore.api.agent;

/** Answers {@code Optional<AgentView>}: the agent profile of a user, if the user is an agent. */
public record FindAgentByUserIdQuery(long userId) {
}
