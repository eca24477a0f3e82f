package com.chatcore.api.crm;

/** Answers {@code Optional<CrmChatView>}; empty for an unknown or deleted chat. */
public record FindCrmChatQuery(long chatId) {
}
