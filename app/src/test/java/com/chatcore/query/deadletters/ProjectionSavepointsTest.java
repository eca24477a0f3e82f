package com.chatcore.query.deadletters;

import com.chatcore.support.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionSavepointsTest {

    private final MovableClock clock = new MovableClock();
    private final ProjectionSavepoints savepoints = new ProjectionSavepoints(clock);

    @Test
    void handlersRunWithoutSavepointsUntilOneFails() {
        assertThat(savepoints.protecting()).isFalse();

        savepoints.failedUnprotected();

        assertThat(savepoints.protecting()).isTrue();
        clock.advance(ProjectionSavepoints.AFTER_A_FAILURE.minusSeconds(1));
        assertThat(savepoints.protecting()).as("still within the window").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(savepoints.protecting()).as("the window has ended").isFalse();
    }

    @Test
    void aShorterRequestDoesNotCutALongerWindowShort() {
        savepoints.failedUnprotected();
        savepoints.protectFor(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(2));

        assertThat(savepoints.protecting()).isTrue();
    }
}
