package com.chatcore.config;

import com.chatcore.api.error.RuleViolationException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRetrySchedulerTest {

    private final ConflictRetryScheduler scheduler = new ConflictRetryScheduler();
    private final AtomicInteger dispatched = new AtomicInteger();

    @Test
    void aLostConcurrencyRaceIsSentAgainAtOnce() {
        boolean retried = scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new RuntimeException(new ConcurrencyException("stale")), failures(1), dispatched::incrementAndGet);
        assertThat(retried).isTrue();
        assertThat(dispatched).hasValue(1);
    }

    @Test
    void otherFailuresAreTheCallersAnswer() {
        boolean retried = scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new RuleViolationException("ChatClosed", "cerrado"), failures(1), dispatched::incrementAndGet);
        assertThat(retried).isFalse();
        assertThat(dispatched).hasValue(0);
    }

    @Test
    void retriesStopAfterTheLimit() {
        boolean retried = scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new ConcurrencyException("stale"), failures(ConflictRetryScheduler.MAX_RETRIES + 1),
                dispatched::incrementAndGet);
        assertThat(retried).isFalse();
        assertThat(dispatched).hasValue(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
