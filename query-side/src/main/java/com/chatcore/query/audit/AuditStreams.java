package com.chatcore.query.audit;

import com.chatcore.api.AggregateIds;
import com.chatcore.api.audit.AuditSubject;
import com.chatcore.api.crm.CrmAggregateIds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which event stream a public id names. Conversations of every kind share one route: a seed 003 room is a
 * {@code Conversation} under its room id, a seed 002 chat a {@code DirectChat}, a seed 000 CRM chat a
 * {@code CrmChat}. The aggregate type is checked too, so no id reaches a stream of another kind (a guest's
 * session, whose identifier is the guest's own key, is never one).
 */
record AuditStreams(List<String> aggregateIds, List<String> aggregateTypes) {

    static AuditStreams of(AuditSubject subject, String id) {
        return switch (subject) {
            case CONVERSATION -> new AuditStreams(conversationIds(id), List.of("Conversation", "DirectChat",
                    "CrmChat"));
            case AGENT -> new AuditStreams(number(id) == null ? List.of() : List.of(AggregateIds.agent(number(id))),
                    List.of("Agent"));
            case USER -> new AuditStreams(number(id) == null ? List.of() : List.of(AggregateIds.user(number(id))),
                    List.of("User"));
        };
    }

    /**
     * A query (in parentheses) that yields the identifier of the one stream among the candidates that exists
     * (its first event is there), or no row: a statement reads a stream and learns whether it exists in one
     * round trip. Its {@link #arguments} come first. Callers check {@link #aggregateIds} is not empty.
     */
    String chosenSql() {
        String ids = String.join(", ", Collections.nCopies(aggregateIds.size(), "?"));
        String types = String.join(", ", Collections.nCopies(aggregateTypes.size(), "?"));
        return "(SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier IN (" + ids
                + ") AND type IN (" + types + ") AND sequence_number = 0 LIMIT 1)";
    }

    /** The arguments of {@link #chosenSql}, then those of the statement after it. */
    Object[] arguments(Object... after) {
        List<Object> arguments = new ArrayList<>(aggregateIds);
        arguments.addAll(aggregateTypes);
        arguments.addAll(List.of(after));
        return arguments.toArray();
    }

    private static List<String> conversationIds(String id) {
        Long crmChat = number(id);
        return crmChat == null ? List.of(id, AggregateIds.directChat(id))
                : List.of(id, AggregateIds.directChat(id), CrmAggregateIds.chat(crmChat));
    }

    private static Long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
