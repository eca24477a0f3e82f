package com.chatcore.api.agent;

import org.axonframework.serialization.Revision;

/** The agent may now hold at most this many active chats at once. */
@Revision("1")
public record AgentCapacityChangedEvent(long agentId, int maxConcurrentChats) {
}
