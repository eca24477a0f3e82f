package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/** The chat was closed; {@code agentId} held it (if anyone); {@code previousStatus} is where it was. */
@Revision("1")
public record ChatClosedEvent(String chatRoomId, Long agentId, ChatStatus previousStatus) {
}
