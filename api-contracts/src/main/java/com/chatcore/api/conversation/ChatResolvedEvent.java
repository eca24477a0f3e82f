package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/** The chat was resolved; {@code agentId} held it. */
@Revision("1")
public record ChatResolvedEvent(String chatRoomId, Long agentId) {
}
