package com.chatcore.command.agent;

import com.chatcore.api.error.FieldValidationException;

/** Bounds of an agent's capacity, enforced wherever it is set. */
public final class AgentRules {

    static final int MIN_CONCURRENT_CHATS = 1;
    static final int MAX_CONCURRENT_CHATS = 100;

    private AgentRules() {
    }

    public static void checkCapacity(int maxConcurrentChats) {
        if (maxConcurrentChats < MIN_CONCURRENT_CHATS) {
            throw FieldValidationException.of("max_concurrent_chats",
                    "Asegúrese de que este valor es mayor o igual a " + MIN_CONCURRENT_CHATS + ".");
        }
        if (maxConcurrentChats > MAX_CONCURRENT_CHATS) {
            throw FieldValidationException.of("max_concurrent_chats",
                    "Asegúrese de que este valor es menor o igual a " + MAX_CONCURRENT_CHATS + ".");
        }
    }
}
