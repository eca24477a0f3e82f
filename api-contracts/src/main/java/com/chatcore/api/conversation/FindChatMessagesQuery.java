package com.chatcore.api.conversation;

/** Answers {@code List<ChatMessageView>}: the last {@code limit} messages of a chat, oldest first. */
public record FindChatMessagesQuery(String chatRoomId, int limit) {
}
