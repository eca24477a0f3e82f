package com.chatcore.config;

import com.chatcore.query.signals.PgNotify;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a node tells the others when it appends ({@link ClusterEventStore}): its id and the aggregates it
 * appended to, one per line, so that the others drop their cached copies at once. {@code aggregateIds} is
 * null when they were too many to name (every cached copy is then dropped), and empty from a node that
 * names none.
 */
record AppendNotice(String nodeId, List<String> aggregateIds) {

    private static final String TOO_MANY = "*";

    static AppendNotice of(String nodeId, List<? extends EventMessage<?>> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                ids.add(domainEvent.getAggregateIdentifier());
            }
        }
        return new AppendNotice(nodeId, List.copyOf(ids));
    }

    String text() {
        String text = aggregateIds == null ? null
                : String.join(PgNotify.LINE, nodeId, String.join(PgNotify.LINE, aggregateIds));
        return text == null || text.length() >= PgNotify.MAX_PAYLOAD ? nodeId + PgNotify.LINE + TOO_MANY : text;
    }

    static AppendNotice parse(String text) {
        String[] lines = text.split(PgNotify.LINE, -1);
        List<String> ids = List.of(lines).subList(1, lines.length).stream().filter(id -> !id.isEmpty()).toList();
        return new AppendNotice(lines[0], ids.equals(List.of(TOO_MANY)) ? null : ids);
    }
}
