package com.chatcore.api.crm;

/** A WhatsApp conversation and the client it belongs to. */
public record WhatsAppConversationView(String chatId, long clientId) {
}
