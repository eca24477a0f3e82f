package com.chatcore.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.util.Set;

/**
 * Per aggregate (so per conversation), except that every event of an {@code Agent} or a {@code User} is in
 * one sequence. The agents read model keys a row by agent but also applies the agent's user's events (by
 * user id): only in one sequence is an agent's registration sure to come before its user's later profile
 * change or deactivation, in every segment layout and in a replay. Account events are few; conversations
 * still spread over every segment.
 */
final class AccountsInOneSequence implements SequencingPolicy<EventMessage<?>> {

    static final String ACCOUNTS = "accounts";
    private static final Set<String> ACCOUNT_AGGREGATES = Set.of("Agent", "User");

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domain && ACCOUNT_AGGREGATES.contains(domain.getType())) {
            return ACCOUNTS;
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
