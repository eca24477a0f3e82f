package com.chatcore.api.agent;

import org.axonframework.serialization.Revision;

/** The agent is now available (or not) to take chats. */
@Revision("1")
public record AgentAvailabilityChangedEvent(long agentId, boolean available) {
}
