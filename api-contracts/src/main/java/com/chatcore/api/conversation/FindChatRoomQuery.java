package com.chatcore.api.conversation;

/** Answers {@code Optional<ChatRoomView>}. */
public record FindChatRoomQuery(String chatRoomId) {
}
