package com.chatcore.web.socketio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumingSocketsTest {

    private final ResumingSockets resuming = new ResumingSockets();

    @Test
    void aConnectionWaitingForItsCatchUpIsSkippedWhateverTheEvent() {
        resuming.add("a/", 100);

        assertThat(resuming.skipping(99)).containsExactly("a/");
        assertThat(resuming.skipping(101)).containsExactly("a/");
        assertThat(resuming.skipping(5_000)).containsExactly("a/");
    }

    @Test
    void aCaughtUpConnectionIsSkippedOnlyForEventsItsClientHasThenNoMore() {
        resuming.add("a/", 100);
        resuming.caughtUp("a/");

        assertThat(resuming.skipping(99)).containsExactly("a/");
        assertThat(resuming.skipping(100)).containsExactly("a/");
        assertThat(resuming.skipping(101)).isEmpty();
        assertThat(resuming.skipping(100)).as("past its last event: forgotten").isEmpty();
    }

    @Test
    void aClosedConnectionIsForgotten() {
        resuming.add("a/", 100);
        resuming.add("b/chat", 100);
        resuming.remove("a/");

        assertThat(resuming.skipping(101)).containsExactly("b/chat");
    }
}
