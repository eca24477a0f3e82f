package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/** The chat went back to the waiting queue; {@code previousAgentId} no longer holds it. */
@Revision("1")
public record ChatUnassignedEvent(String chatRoomId, long previousAgentId) {
}
