package com.chatcore.api.crm;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A CRM client was deleted; the chat ids it held are free again. */
@Revision("1")
public record CrmClientDeletedEvent(long clientId, List<String> releasedChatIds) {

    public CrmClientDeletedEvent {
        releasedChatIds = List.copyOf(releasedChatIds);
    }
}
