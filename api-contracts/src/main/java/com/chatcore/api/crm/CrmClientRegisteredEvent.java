package com.chatcore.api.crm;

import org.axonframework.serialization.Revision;

/** A CRM client was registered for a WhatsApp session; {@code name} and {@code phone} may be null. */
@Revision("1")
public record CrmClientRegisteredEvent(long clientId, String sessionId, String name, String phone) {
}
