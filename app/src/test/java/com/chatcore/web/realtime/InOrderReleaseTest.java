package com.chatcore.web.realtime;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class InOrderReleaseTest {

    private final AtomicLong nanos = new AtomicLong();
    private final InOrderRelease inOrder = new InOrderRelease(Duration.ofSeconds(1), nanos::get);
    private final List<Long> published = new ArrayList<>();

    @Test
    void anEventWaitsForALowerIdStillCommittingThenBothGoOutInIdOrder() {
        arrives(11, 11, Set.of(10));
        assertThat(published).isEmpty();
        arrives(10, 11, Set.of());
        assertThat(published).containsExactly(10L, 11L);
    }

    @Test
    void eventsWithoutGapsGoOutAtOnce() {
        arrives(5, 5, Set.of());
        arrives(6, 6, Set.of());
        assertThat(published).containsExactly(5L, 6L);
    }

    @Test
    void aGapThatNeverFillsHoldsEventsBackOnceThenNoMore() {
        arrives(21, 21, Set.of(20));
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        inOrder.releaseDue(this::record);
        assertThat(published).as("still within the wait").isEmpty();
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        inOrder.releaseDue(this::record);
        assertThat(published).containsExactly(21L);

        arrives(22, 22, Set.of(20));
        assertThat(published).as("the abandoned gap holds nothing back").containsExactly(21L, 22L);
        arrives(24, 24, Set.of(20, 23));
        assertThat(published).as("a newer gap still does").containsExactly(21L, 22L);
        arrives(23, 24, Set.of(20));
        assertThat(published).containsExactly(21L, 22L, 23L, 24L);
    }

    @Test
    void gapsFromBeforeTheFeedWentLiveHoldNothingBack() {
        inOrder.liveAfter(40);
        arrives(41, 41, Set.of(12, 37));
        assertThat(published).containsExactly(41L);
        arrives(43, 43, Set.of(12, 37, 42));
        assertThat(published).as("a gap after going live still holds").containsExactly(41L);
    }

    private void arrives(long at, long tokenIndex, Set<Integer> gaps) {
        TrackedEventMessage<?> event = new GenericTrackedEventMessage<>(
                GapAwareTrackingToken.newInstance(tokenIndex, gaps.stream().map(Integer::longValue).toList()), GenericEventMessage.asEventMessage("e" + at));
        inOrder.add(event, at);
        inOrder.release(event.trackingToken(), this::record);
    }

    private void record(TrackedEventMessage<?> event, long at) {
        assertThat(event.getPayload()).isEqualTo("e" + at);
        published.add(at);
    }
}
