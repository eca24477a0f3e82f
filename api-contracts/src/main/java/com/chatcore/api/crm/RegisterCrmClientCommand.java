package com.chatcore.api.crm;

/**
 * Registers a CRM client (seed 004): a contact of a WhatsApp session, found later by the chat ids of its
 * conversations. {@code name} and {@code phone} are optional (null). Answers the new aggregate's identifier
 * ({@link CrmAggregateIds#clientIdOf}).
 */
public record RegisterCrmClientCommand(String sessionId, String name, String phone) {
}
