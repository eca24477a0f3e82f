package com.chatcore.api.agent;

/** Answers {@code Optional<AgentView>}. */
public record FindAgentByIdQuery(long agentId) {
}
