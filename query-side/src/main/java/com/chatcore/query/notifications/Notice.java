package com.chatcore.query.notifications;

import com.chatcore.api.notification.NotificationType;

/** What one notification says: its type and its Spanish title and message. */
record Notice(NotificationType type, String title, String message) {

    private static final int EXCERPT = 100;

    static Notice newChat(String customer, String initialMessage) {
        String message = isBlank(initialMessage) ? customer + " inició un chat"
                : customer + " inició un chat: " + excerpt(initialMessage);
        return new Notice(NotificationType.NEW_CHAT, "Nuevo chat", message);
    }

    static Notice customerMessage(String customer, String content) {
        return new Notice(NotificationType.NEW_MESSAGE, "Nuevo mensaje", customer + ": " + excerpt(content));
    }

    static Notice chatAssigned(String customer) {
        return new Notice(NotificationType.CHAT_ASSIGNED, "Chat asignado", "Se te asignó el chat de " + customer);
    }

    static Notice chatTransferred(String fromAgent, String customer) {
        return new Notice(NotificationType.CHAT_TRANSFERRED, "Chat transferido",
                fromAgent + " te transfirió el chat de " + customer);
    }

    static Notice chatResolvedForAgent(String customer) {
        return new Notice(NotificationType.CHAT_RESOLVED, "Chat resuelto", "El chat de " + customer + " fue resuelto");
    }

    static Notice agentMessage(String agent, String content) {
        return new Notice(NotificationType.NEW_MESSAGE, "Nuevo mensaje", agent + ": " + excerpt(content));
    }

    static Notice agentJoined(String agent) {
        return new Notice(NotificationType.AGENT_JOINED, "Agente conectado", agent + " se unió al chat");
    }

    static Notice chatResolvedForGuest() {
        return new Notice(NotificationType.CHAT_RESOLVED, "Chat resuelto", "Tu chat fue marcado como resuelto");
    }

    private static String excerpt(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
