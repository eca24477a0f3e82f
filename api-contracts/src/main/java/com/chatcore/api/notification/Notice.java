package com.chatcore.api.notification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What one notification says: its type and its Spanish title and message. The notifications read
 * model stores these and real-time push sends them, so both say the same words.
 */
public record Notice(NotificationType type, String title, String message) {

    /** How a customer without a name, or an agent no longer known, is called. */
    public static final String UNKNOWN_CUSTOMER = "Un cliente";
    public static final String UNKNOWN_AGENT = "Un agente";

    private static final int EXCERPT = 100;

    public static Notice newChat(String customer, String initialMessage) {
        String message = isBlank(initialMessage) ? customer + " inició un chat"
                : customer + " inició un chat: " + excerpt(initialMessage);
        return new Notice(NotificationType.NEW_CHAT, "Nuevo chat", message);
    }

    public static Notice customerMessage(String customer, String content) {
        return new Notice(NotificationType.NEW_MESSAGE, "Nuevo mensaje", customer + ": " + excerpt(content));
    }

    public static Notice chatAssigned(String customer) {
        return new Notice(NotificationType.CHAT_ASSIGNED, "Chat asignado", "Se te asignó el chat de " + customer);
    }

    public static Notice chatTransferred(String fromAgent, String customer) {
        return new Notice(NotificationType.CHAT_TRANSFERRED, "Chat transferido",
                fromAgent + " te transfirió el chat de " + customer);
    }

    public static Notice chatResolvedForAgent(String customer) {
        return new Notice(NotificationType.CHAT_RESOLVED, "Chat resuelto", "El chat de " + customer + " fue resuelto");
    }

    public static Notice agentMessage(String agent, String content) {
        return new Notice(NotificationType.NEW_MESSAGE, "Nuevo mensaje", agent + ": " + excerpt(content));
    }

    public static Notice agentJoined(String agent) {
        return new Notice(NotificationType.AGENT_JOINED, "Agente conectado", agent + " se unió al chat");
    }

    public static Notice chatResolvedForGuest() {
        return new Notice(NotificationType.CHAT_RESOLVED, "Chat resuelto", "Tu chat fue marcado como resuelto");
    }

    /** A customer's name as notifications show it. */
    public static String customer(String fullName) {
        return isBlank(fullName) ? UNKNOWN_CUSTOMER : fullName;
    }

    /** An agent's name as notifications show it: first and last name, else the username. */
    public static String agent(String firstName, String lastName, String username) {
        String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip()))
                .strip();
        return name.isEmpty() ? username : name;
    }

    /**
     * A notification's id: derived from the event that caused it and its recipient ("agent:7",
     * "guest:<room>"), so a redelivered event yields the same id.
     */
    public static String id(String eventIdentifier, String recipient) {
        return UUID.nameUUIDFromBytes((eventIdentifier + ":" + recipient).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String agentRecipient(long agentId) {
        return "agent:" + agentId;
    }

    public static String guestRecipient(String chatRoomId) {
        return "guest:" + chatRoomId;
    }

    private static String excerpt(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
