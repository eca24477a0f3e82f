package com.chatcore.api.crm;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a CRM client; its chat ids become free for another client. */
public record DeleteCrmClientCommand(long clientId) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return CrmAggregateIds.client(clientId);
    }
}
