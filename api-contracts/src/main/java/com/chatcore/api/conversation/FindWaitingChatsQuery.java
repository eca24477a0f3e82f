package com.chatcore.api.conversation;

/** Answers {@link ChatRoomPage} of waiting chats, by effective priority (high first), then oldest first. */
public record FindWaitingChatsQuery(int page, int pageSize) {
}
