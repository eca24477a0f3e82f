package com.chatcore.api.crm;

/** Answers {@code Optional<RemovedCrmClientView>}: present once the read model holds no client with this id. */
public record FindRemovedCrmClientQuery(long clientId) {
}
