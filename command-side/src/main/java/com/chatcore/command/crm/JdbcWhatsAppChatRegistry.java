package com.chatcore.command.crm;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps {@code crm_whatsapp_chat_lookup} (primary key: the chat id). {@code ON CONFLICT DO NOTHING} waits for
 * a competing transaction and never aborts ours, so two clients racing for one chat id end with one holder and
 * a refusal for the other.
 */
@Component
class JdbcWhatsAppChatRegistry implements WhatsAppChatRegistry {

    private final JdbcTemplate jdbc;

    JdbcWhatsAppChatRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String chatId, long clientId) {
        int inserted = jdbc.update("""
                INSERT INTO crm_whatsapp_chat_lookup (chat_id, client_id) VALUES (?, ?)
                ON CONFLICT DO NOTHING""", chatId, clientId);
        if (inserted == 0) {
            List<Long> holder = jdbc.queryForList("SELECT client_id FROM crm_whatsapp_chat_lookup WHERE chat_id = ?",
                    Long.class, chatId);
            if (!holder.equals(List.of(clientId))) {
                throw CrmClientRules.chatTaken();
            }
        }
    }

    @Override
    public void releaseAll(long clientId) {
        jdbc.update("DELETE FROM crm_whatsapp_chat_lookup WHERE client_id = ?", clientId);
    }
}
