package com.chatcore.api.crm;

/**
 * Answers {@code Optional<RemovedCrmChatView>}: present once the read model holds no chat with this id. A
 * deletion waits on it, since a row that is gone cannot announce itself as a {@link CrmChatView}.
 */
public record FindRemovedCrmChatQuery(long chatId) {
}
