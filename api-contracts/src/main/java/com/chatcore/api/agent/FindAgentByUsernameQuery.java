package com.chatcore.api.agent;

/** Answers {@code Optional<AgentView>}; usernames compare case-insensitively. */
public record FindAgentByUsernameQuery(String username) {
}
