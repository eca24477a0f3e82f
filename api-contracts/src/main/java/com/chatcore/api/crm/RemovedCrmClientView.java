package com.chatcore.api.crm;

/** No CRM client with this id is in the read model (any more). */
public record RemovedCrmClientView(long id) {
}
