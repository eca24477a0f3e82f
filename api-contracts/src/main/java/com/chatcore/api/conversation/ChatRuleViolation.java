package com.chatcore.api.conversation;

import com.chatcore.api.error.RuleViolationException;

/** The rules of a conversation, each with the message seed 003 answers (400 {@code {"error": ...}}). */
public final class ChatRuleViolation {

    public static final String AT_CAPACITY = "AgentAtCapacity";
    public static final String NOT_WAITING = "ChatNotWaiting";
    public static final String NOT_ACTIVE = "ChatNotActive";
    public static final String FINISHED = "ChatFinished";
    public static final String ALREADY_CLOSED = "ChatAlreadyClosed";
    public static final String SAME_AGENT = "SameAgent";

    private ChatRuleViolation() {
    }

    public static RuleViolationException atCapacity() {
        return new RuleViolationException(AT_CAPACITY, "No puedes tomar más chats en este momento");
    }

    public static RuleViolationException targetAtCapacity() {
        return new RuleViolationException(AT_CAPACITY, "El agente no puede tomar más chats en este momento");
    }

    public static RuleViolationException notWaiting() {
        return new RuleViolationException(NOT_WAITING, "Este chat ya no está en espera");
    }

    public static RuleViolationException notActive() {
        return new RuleViolationException(NOT_ACTIVE, "Este chat no está activo");
    }

    public static RuleViolationException finished() {
        return new RuleViolationException(FINISHED, "No se pueden enviar mensajes a un chat resuelto o cerrado");
    }

    public static RuleViolationException alreadyClosed() {
        return new RuleViolationException(ALREADY_CLOSED, "Este chat ya está cerrado");
    }

    public static RuleViolationException sameAgent() {
        return new RuleViolationException(SAME_AGENT, "El chat ya está asignado a este agente");
    }
}
