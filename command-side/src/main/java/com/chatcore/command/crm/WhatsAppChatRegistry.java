package com.chatcore.command.crm;

/**
 * The set-based side of WhatsApp conversations: a chat id belongs to at most one client. Claims are made in
 * the command's transaction, so a command that fails frees what it claimed.
 */
public interface WhatsAppChatRegistry {

    /**
     * Claims {@code chatId} for {@code clientId}; a claim the client already holds is kept.
     *
     * @throws com.chatcore.api.error.RuleViolationException {@code WhatsAppChatTaken} when another client holds it
     */
    void claim(String chatId, long clientId);

    /** Frees every chat id the client holds. */
    void releaseAll(long clientId);
}
