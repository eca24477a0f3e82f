package com.chatcore.command.crm;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.error.RuleViolationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a CRM client's fields must be. Seed 004 answers in English: so do these messages. */
final class CrmClientRules {

    static final int SESSION_ID_MAX = 255;
    static final int NAME_MAX = 255;
    static final int PHONE_MAX = 50;
    static final int CHAT_ID_MAX = 255;

    static final String SESSION_ID_REQUIRED = "Session ID is required";
    static final String CHAT_ID_REQUIRED = "Chat ID is required";
    static final String CHAT_ID_SPACES = "Chat ID must not contain spaces";
    static final String CHAT_TAKEN = "Chat ID already belongs to another client";

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    static CrmClientRules check() {
        return new CrmClientRules();
    }

    static RuleViolationException chatTaken() {
        return new RuleViolationException("WhatsAppChatTaken", CHAT_TAKEN);
    }

    CrmClientRules sessionId(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return add("session_id", SESSION_ID_REQUIRED);
        }
        return atMost("session_id", "Session ID", sessionId, SESSION_ID_MAX);
    }

    CrmClientRules name(String name) {
        return atMost("name", "Name", name, NAME_MAX);
    }

    CrmClientRules phone(String phone) {
        return atMost("phone", "Phone", phone, PHONE_MAX);
    }

    /** WhatsApp chat ids look like {@code 123456789@c.us}: one token, never blank. */
    CrmClientRules chatId(String chatId) {
        if (chatId == null || chatId.isBlank()) {
            return add("chatId", CHAT_ID_REQUIRED);
        }
        if (chatId.codePoints().anyMatch(Character::isWhitespace)) {
            return add("chatId", CHAT_ID_SPACES);
        }
        return atMost("chatId", "Chat ID", chatId, CHAT_ID_MAX);
    }

    void orThrow() {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }

    private CrmClientRules atMost(String field, String label, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, tooLong(label, max));
        }
        return this;
    }

    static String tooLong(String label, int max) {
        return label + " must be at most " + max + " characters";
    }

    private CrmClientRules add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }
}
