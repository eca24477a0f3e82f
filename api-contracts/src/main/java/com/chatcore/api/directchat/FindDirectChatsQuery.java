package com.chatcore.api.directchat;

/**
 * Answers {@link DirectChatPage}: chats not deleted, latest {@code updatedAt} first. {@code participantId}, when
 * set, keeps the chats that user takes part in; {@code page} is 1-based.
 */
public record FindDirectChatsQuery(Long participantId, int page, int limit) {
}
