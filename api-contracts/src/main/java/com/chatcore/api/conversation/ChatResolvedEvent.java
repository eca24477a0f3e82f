package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/**
 * The chat was resolved; {@code agentId} held it ({@code null}: it was still waiting). {@code byAgentId} is
 * the agent who resolved it, {@code null} when a superuser did; it came later, so it is {@code null} in
 * older events too (the caller metadata still names who acted).
 */
@Revision("1")
public record ChatResolvedEvent(String chatRoomId, Long agentId, Long byAgentId) {
}
