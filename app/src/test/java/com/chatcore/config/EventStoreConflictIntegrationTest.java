package com.chatcore.config;

import com.chatcore.support.IntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC event store on PostgreSQL: a second append at a taken (aggregate, sequence) is a concurrency
 * conflict (what {@link ConflictRetryScheduler} retries), not a generic error, and global indexes come
 * one per row from the column's default.
 */
class EventStoreConflictIntegrationTest extends IntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondAppendAtTheSameSequenceIsAConflict() {
        String aggregate = "conflict-" + UUID.randomUUID();
        append(aggregate, 0, "created");
        append(aggregate, 1, "first");

        assertThatThrownBy(() -> append(aggregate, 1, "second")).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> append(aggregate, 0, "created again"))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate)).isEqualTo(2);
    }

    @Test
    void globalIndexesFollowOneAnother() {
        String aggregate = "indexes-" + UUID.randomUUID();
        append(aggregate, 0, "a");
        append(aggregate, 1, "b");

        List<Long> indexes = jdbc.queryForList("""
                SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number""", Long.class, aggregate);
        assertThat(indexes).hasSize(2);
        assertThat(indexes.get(1)).isGreaterThan(indexes.get(0));
    }

    private void append(String aggregate, long sequence, String payload) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> storageEngine.appendEvents(
                new GenericDomainEventMessage<>("Probe", aggregate, sequence, payload)));
    }
}
