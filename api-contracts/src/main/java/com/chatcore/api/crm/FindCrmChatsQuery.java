package com.chatcore.api.crm;

/** Answers {@code List<CrmChatView>}: the CRM chats not deleted, by id, at most {@code limit}. */
public record FindCrmChatsQuery(int limit) {
}
