package com.chatcore.api.crm;

/**
 * Answers {@code Optional<WhatsAppConversationView>}: the conversation with this chat id, naming the client it
 * was last linked to. That client may since have been deleted (seed 004's "Client not found").
 */
public record FindWhatsAppConversationQuery(String chatId) {
}
