package com.chatcore.api.crm;

/**
 * Opens a CRM chat (seed 000): a row that links a WhatsApp session ({@code sesion_id} on the wire) and a
 * contact. Its numeric id comes from a sequence; answers {@link OpenedCrmChat}.
 */
public record OpenCrmChatCommand(long sessionId, long contactId) {
}
