package com.chatcore.api.crm;

import java.time.Instant;

/** A CRM chat as the read model shows it. */
public record CrmChatView(long id, long sessionId, long contactId, Instant createdAt) {
}
