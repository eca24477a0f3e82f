package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/**
 * The chat went back to the waiting queue; {@code previousAgentId} no longer holds it. {@code byAgentId}
 * is that agent when it gave the chat up itself, {@code null} when a superuser took it away; it came later,
 * so it is {@code null} in older events too (all of them by superusers).
 */
@Revision("1")
public record ChatUnassignedEvent(String chatRoomId, long previousAgentId, Long byAgentId) {
}
