package com.chatcore.api.agent;

import com.chatcore.api.error.FieldValidationException;

/**
 * Bounds of an agent's capacity (seed 003: 1 to 100 concurrent chats, 5 when not given). The aggregates
 * enforce them; the admin API checks them before its first command.
 */
public final class AgentCapacity {

    public static final int DEFAULT = 5;
    static final int MIN = 1;
    static final int MAX = 100;

    private AgentCapacity() {
    }

    public static void check(int maxConcurrentChats) {
        if (maxConcurrentChats < MIN) {
            throw FieldValidationException.of("max_concurrent_chats",
                    "Asegúrese de que este valor es mayor o igual a " + MIN + ".");
        }
        if (maxConcurrentChats > MAX) {
            throw FieldValidationException.of("max_concurrent_chats",
                    "Asegúrese de que este valor es menor o igual a " + MAX + ".");
        }
    }
}
