package com.chatcore.api.conversation;

import java.util.List;

/** One page of chat rooms and the total number matching the query. */
public record ChatRoomPage(List<ChatRoomView> chats, long total) {
}
