package com.chatcore.query.deadletters;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionSavepointsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final ProjectionSavepoints savepoints = new ProjectionSavepoints(clock);

    @Test
    void handlersRunWithoutSavepointsUntilOneFails() {
        assertThat(savepoints.protecting()).isFalse();

        savepoints.failedUnprotected();

        assertThat(savepoints.protecting()).isTrue();
        clock.now = clock.now.plus(ProjectionSavepoints.AFTER_A_FAILURE).minusSeconds(1);
        assertThat(savepoints.protecting()).as("still within the window").isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(savepoints.protecting()).as("the window has ended").isFalse();
    }

    @Test
    void aShorterRequestDoesNotCutALongerWindowShort() {
        savepoints.failedUnprotected();
        savepoints.protectFor(Duration.ofMinutes(1));

        clock.now = clock.now.plus(Duration.ofMinutes(2));

        assertThat(savepoints.protecting()).isTrue();
    }

    private static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
