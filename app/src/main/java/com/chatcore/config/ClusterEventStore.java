package com.chatcore.config;

import com.chatcore.cluster.ClusterNode;
import com.chatcore.query.signals.PgNotify;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Axon's embedded event store, which also tells the other nodes when this one appends ({@code NOTIFY}, sent
 * by PostgreSQL at commit) and hears when they did ({@link ProjectedElsewhereListener}): their projections and
 * real-time feeds then read a new event within milliseconds instead of at their next poll
 * ({@code chat.events.poll-interval}), so a write whose projection segment another node holds waits for
 * that node's commit, not for its poll. The notice names the aggregates appended to ({@link AppendNotice}):
 * a node that hears it drops its cached copies of them, so its next command on one of them loads it as stored
 * instead of failing on the event store's sequence check with a stale copy. A node alone sends nothing.
 */
class ClusterEventStore extends EmbeddedEventStore {

    static final String CHANNEL = "chat_events";

    private final JdbcTemplate jdbc;
    private final ClusterNode node;
    private final Cache aggregates;

    ClusterEventStore(Builder builder, JdbcTemplate jdbc, ClusterNode node, Cache aggregates) {
        super(builder);
        this.jdbc = jdbc;
        this.node = node;
        this.aggregates = aggregates;
    }

    /** In the appending transaction, after the events: the notice goes out when, and only if, they commit. */
    @Override
    protected void prepareCommit(List<? extends EventMessage<?>> events) {
        super.prepareCommit(events);
        if (!events.isEmpty() && node.hasPeers()) {
            PgNotify.send(jdbc, CHANNEL, AppendNotice.of(node.nodeId(), events).text());
        }
    }

    /** Another node committed events: cached copies of their aggregates go, waiting consumers read them now. */
    void appendedElsewhere(String noticeText) {
        AppendNotice notice = AppendNotice.parse(noticeText);
        if (node.nodeId().equals(notice.nodeId())) {
            return;
        }
        if (notice.aggregateIds() == null) {
            aggregates.removeAll();
        } else {
            notice.aggregateIds().forEach(aggregates::remove);
        }
        afterCommit(List.of());
    }
}
