package com.chatcore.query.deadletters;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether projection handlers run each in a savepoint of their own right now. A savepoint costs two round trips
 * per handled event (SAVEPOINT, RELEASE), as many as the read model's own statements, so handlers run without
 * one until an event fails: that failure rolls its whole batch back ({@link SavepointPerEvent}), and for the
 * next {@link #AFTER_A_FAILURE} every handler runs in its own savepoint again, so the retried batch parks the
 * poison event alone and the rest of the batch commits.
 */
@Component
public class ProjectionSavepoints {

    static final Duration AFTER_A_FAILURE = Duration.ofMinutes(5);

    private final Clock clock;
    private final AtomicReference<Instant> protectedUntil = new AtomicReference<>(Instant.MIN);

    public ProjectionSavepoints(Clock clock) {
        this.clock = clock;
    }

    /** Every handler in its own savepoint for {@code duration} from now (an operator's retry of dead letters). */
    public void protectFor(Duration duration) {
        Instant until = clock.instant().plus(duration);
        protectedUntil.accumulateAndGet(until, (current, wanted) -> wanted.isAfter(current) ? wanted : current);
    }

    public boolean protecting() {
        return clock.instant().isBefore(protectedUntil.get());
    }

    public void failedUnprotected() {
        protectFor(AFTER_A_FAILURE);
    }
}
