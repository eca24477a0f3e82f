package com.chatcore.api.crm;

import org.axonframework.serialization.Revision;

/** A CRM chat now links this session and this contact (both values, changed or not). */
@Revision("1")
public record CrmChatChangedEvent(long chatId, long sessionId, long contactId) {
}
