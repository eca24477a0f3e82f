package com.chatcore.operations;

import com.chatcore.query.deadletters.ProjectionSavepoints;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 13's dead letters: the events each processing group parked ({@code dead_letter_entry}, one queue per
 * group, see {@code config.IsolatedDeadLetterQueue}), retried through Axon's sequenced dead-letter processor
 * (which runs the group's own handlers again, in their savepoints) or evicted one by one.
 */
@Component
public class DeadLetterOperations {

    /** Events listed per group at most; {@code count} says how many there are. */
    static final int LISTED = 500;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ProjectionSavepoints savepoints;

    DeadLetterOperations(EventProcessingConfiguration processing, JdbcTemplate jdbc, ProjectionSavepoints savepoints) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.savepoints = savepoints;
    }

    public List<ParkedGroup> list() {
        List<ParkedGroup> groups = new ArrayList<>();
        for (String group : jdbc.queryForList("SELECT DISTINCT processing_group FROM dead_letter_entry"
                + " ORDER BY processing_group", String.class)) {
            if (!known(group)) {
                continue;
            }
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
            List<ParkedEvent> events = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (events.size() < LISTED) {
                        events.add(parked(letter));
                    }
                }
            }
            groups.add(new ParkedGroup(group, queue.size(), events));
        }
        return groups;
    }

    /** Tries each parked sequence of the group once, oldest first; a letter that fails again stays parked. */
    public RetryOutcome retry(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new UnknownProjectionException(group));
        long sequences = queue.amountOfSequences();
        // A letter failing again must roll back alone and stay parked, not fail the whole retry.
        savepoints.protectFor(Duration.ofMinutes(1));
        int succeeded = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.processAny()) {
                succeeded++;
            }
        }
        return new RetryOutcome(group, (int) sequences, succeeded, queue.size());
    }

    /** Removes one parked event for good; false if the group has no letter with that id. */
    public boolean evict(String group, String id) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        Optional<DeadLetter<? extends EventMessage<?>>> letter = find(queue, id);
        letter.ifPresent(queue::evict);
        return letter.isPresent();
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> find(SequencedDeadLetterQueue<EventMessage<?>> queue,
            String id) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (id.equals(idOf(letter))) {
                    return Optional.of(letter);
                }
            }
        }
        return Optional.empty();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!known(group)) {
            throw new UnknownProjectionException(group);
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new UnknownProjectionException(group));
    }

    /** A processing group with handlers on this node (Axon would make a queue for any name it is asked). */
    private boolean known(String group) {
        return processing.eventProcessorByProcessingGroup(group).isPresent();
    }

    private static ParkedEvent parked(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Optional<Cause> cause = letter.cause();
        return new ParkedEvent(idOf(letter), event.getPayloadType().getSimpleName(), event.getIdentifier(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched());
    }

    private static String idOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbcLetter ? jdbcLetter.getIdentifier() : null;
    }
}
