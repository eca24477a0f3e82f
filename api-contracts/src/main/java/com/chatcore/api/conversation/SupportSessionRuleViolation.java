package com.chatcore.api.conversation;

import com.chatcore.api.error.RuleViolationException;

/** The rules of a support session (seed 001), each with the message seed 001 answers. */
public final class SupportSessionRuleViolation {

    public static final String SESSION_OPEN = "SupportSessionOpen";
    public static final String NOT_OWNER = "SupportSessionNotOwned";

    public static final String SESSION_OPEN_MESSAGE = "Ya tienes una sesión de chat activa";
    public static final String NOT_OWNER_MESSAGE = "No tienes permisos para acceder a esta sesión de chat";

    private SupportSessionRuleViolation() {
    }

    public static RuleViolationException sessionOpen() {
        return new RuleViolationException(SESSION_OPEN, SESSION_OPEN_MESSAGE);
    }

    public static RuleViolationException notOwner() {
        return new RuleViolationException(NOT_OWNER, NOT_OWNER_MESSAGE);
    }
}
