package com.chatcore.api.directchat;

/** Answers {@code Optional<DirectChatView>}, a deleted chat included (its {@code deleted} set). */
public record FindDirectChatQuery(String chatId) {
}
