package com.chatcore.api.agent;

import org.axonframework.serialization.Revision;

/** The agent was retired: it takes no new chats and its settings no longer change. */
@Revision("1")
public record AgentRetiredEvent(long agentId) {
}
