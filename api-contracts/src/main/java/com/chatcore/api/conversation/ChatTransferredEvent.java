package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/** An active chat moved from one agent to another. */
@Revision("1")
public record ChatTransferredEvent(String chatRoomId, long fromAgentId, long toAgentId) {
}
