package com.chatcore.api.directchat;

/** The chat of a participant set: {@code created} when the command opened it, false when it already existed. */
public record DirectChatOpened(String chatId, boolean created) {
}
