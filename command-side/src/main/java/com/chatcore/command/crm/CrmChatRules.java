package com.chatcore.command.crm;

import com.chatcore.api.error.FieldValidationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CRM chat links a session and a contact by their ids, which PostgreSQL sequences hand out from 1. The
 * fields carry seed 000's names and each message names its field, since the seed's error is one sentence.
 */
final class CrmChatRules {

    static final String SESSION_ID_POSITIVE = "sesion_id debe ser un entero positivo.";
    static final String CONTACT_ID_POSITIVE = "contact_id debe ser un entero positivo.";

    private CrmChatRules() {
    }

    static void check(long sessionId, long contactId) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (sessionId < 1) {
            errors.put("sesion_id", List.of(SESSION_ID_POSITIVE));
        }
        if (contactId < 1) {
            errors.put("contact_id", List.of(CONTACT_ID_POSITIVE));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}
