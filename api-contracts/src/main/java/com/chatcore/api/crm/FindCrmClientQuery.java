package com.chatcore.api.crm;

/** Answers {@code Optional<CrmClientView>}; empty for an unknown or deleted client. */
public record FindCrmClientQuery(long clientId) {
}
