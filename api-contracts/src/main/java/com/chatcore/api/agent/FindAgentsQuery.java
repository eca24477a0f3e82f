package com.chatcore.api.agent;

/** Answers {@code List<AgentView>} ordered by agent id; bounded by {@code limit}. */
public record FindAgentsQuery(int limit) {
}
