package com.chatcore.command.crm;

import java.util.HashMap;
import java.util.Map;

/** A {@link WhatsAppChatRegistry} in memory, with the same rule as the real one. */
final class InMemoryWhatsAppChatRegistry implements WhatsAppChatRegistry {

    private final Map<String, Long> holders = new HashMap<>();

    /** The chat id as if {@code clientId} held it. */
    InMemoryWhatsAppChatRegistry held(String chatId, long clientId) {
        holders.put(chatId, clientId);
        return this;
    }

    @Override
    public void claim(String chatId, long clientId) {
        Long holder = holders.putIfAbsent(chatId, clientId);
        if (holder != null && holder != clientId) {
            throw CrmClientRules.chatTaken();
        }
    }

    @Override
    public void releaseAll(long clientId) {
        holders.values().removeIf(holder -> holder == clientId);
    }

    /** Who holds the chat id, or null. */
    Long holderOf(String chatId) {
        return holders.get(chatId);
    }
}
