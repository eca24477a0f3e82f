package com.chatcore.api.agent;

/**
 * Answers {@code List<AgentView>}: the agents whose account is active, ordered by agent id, bounded by
 * {@code limit}. A removed agent (its account deactivated) is no longer listed; it is still found by id.
 */
public record FindAgentsQuery(int limit) {
}
