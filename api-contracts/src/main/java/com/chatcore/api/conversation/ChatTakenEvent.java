package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/** An agent took a waiting chat; it is now active with them. */
@Revision("1")
public record ChatTakenEvent(String chatRoomId, long agentId) {
}
