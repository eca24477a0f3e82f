package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/**
 * The chat was closed; {@code agentId} held it (if anyone); {@code previousStatus} is where it was.
 * {@code byAgentId} is the agent who closed it, {@code null} when a superuser did; it came later, so it is
 * {@code null} in older events too (the caller metadata still names who acted).
 */
@Revision("1")
public record ChatClosedEvent(String chatRoomId, Long agentId, ChatStatus previousStatus, Long byAgentId) {
}
