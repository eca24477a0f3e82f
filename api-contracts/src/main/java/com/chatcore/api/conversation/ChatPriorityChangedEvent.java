package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/** The chat's queue priority was set explicitly (it no longer escalates with waiting time). */
@Revision("1")
public record ChatPriorityChangedEvent(String chatRoomId, Priority priority) {
}
