package com.chatcore.api.crm;

/** A CRM client as the read model shows it; {@code name} and {@code phone} may be null. */
public record CrmClientView(long id, String sessionId, String name, String phone) {
}
