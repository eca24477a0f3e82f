package com.chatcore.api.conversation;

/**
 * Answers {@code List<ChatMessageView>}: the newest messages across the chats an agent holds (or all
 * chats when {@code agentId} is null), newest first.
 */
public record FindRecentMessagesQuery(Long agentId, int limit) {
}
