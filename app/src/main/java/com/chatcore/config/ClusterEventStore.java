package com.chatcore.config;

import com.chatcore.cluster.ClusterNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Axon's embedded event store, which also tells the other nodes when this one appends ({@code NOTIFY}, sent
 * by PostgreSQL at commit) and hears when they did ({@link ProjectedElsewhereListener}): their projections and
 * real-time feeds then read a new event within milliseconds instead of at their next poll
 * ({@code chat.events.poll-interval}), so a write whose projection segment another node holds waits for
 * that node's commit, not for its poll. A node alone sends nothing.
 */
class ClusterEventStore extends EmbeddedEventStore {

    static final String CHANNEL = "chat_events";

    private final JdbcTemplate jdbc;
    private final ClusterNode node;

    ClusterEventStore(Builder builder, JdbcTemplate jdbc, ClusterNode node) {
        super(builder);
        this.jdbc = jdbc;
        this.node = node;
    }

    /** In the appending transaction, after the events: the notice goes out when, and only if, they commit. */
    @Override
    protected void prepareCommit(List<? extends EventMessage<?>> events) {
        super.prepareCommit(events);
        if (!events.isEmpty() && node.hasPeers()) {
            jdbc.query("SELECT pg_notify(?, ?)", row -> null, CHANNEL, node.nodeId());
        }
    }

    /** Another node committed events: consumers waiting at the head read them now. */
    void appendedElsewhere(String byNode) {
        if (!node.nodeId().equals(byNode)) {
            afterCommit(List.of());
        }
    }
}
