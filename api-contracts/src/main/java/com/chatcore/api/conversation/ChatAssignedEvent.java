package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/** A superuser assigned the chat to {@code agentId}; {@code previousAgentId} held it before, if anyone. */
@Revision("1")
public record ChatAssignedEvent(String chatRoomId, long agentId, Long previousAgentId) {
}
