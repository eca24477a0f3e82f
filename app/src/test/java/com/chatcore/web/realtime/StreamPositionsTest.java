package com.chatcore.web.realtime;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StreamPositionsTest {

    /** Where each test event is stored, by identifier: what the event store would answer. */
    private final Map<String, Long> stored = new HashMap<>();
    private final List<String> lookedUp = new java.util.ArrayList<>();
    private final StreamPositions positions = new StreamPositions(id -> {
        lookedUp.add(id);
        return stored.get(id);
    });

    @Test
    void anEventThatFillsAGapIsAtTheGapNotAtTheTokensHighestIndex() {
        assertThat(at(549, GapAwareTrackingToken.newInstance(549, List.of()))).isEqualTo(549);
        assertThat(at(551, GapAwareTrackingToken.newInstance(551, List.of(550L)))).isEqualTo(551);
        assertThat(at(550, GapAwareTrackingToken.newInstance(551, List.of()))).as("committed late").isEqualTo(550);
        assertThat(at(552, GapAwareTrackingToken.newInstance(552, List.of()))).isEqualTo(552);
        assertThat(lookedUp).as("only the stream's first event").hasSize(1);
    }

    @Test
    void oneOfSeveralGapsFilled() {
        at(20, GapAwareTrackingToken.newInstance(20, List.of(17L, 18L)));
        assertThat(at(18, GapAwareTrackingToken.newInstance(20, List.of(17L)))).isEqualTo(18);
        assertThat(at(21, GapAwareTrackingToken.newInstance(21, List.of(17L)))).isEqualTo(21);
        assertThat(at(17, GapAwareTrackingToken.newInstance(21, List.of()))).isEqualTo(17);
    }

    @Test
    void tokensFromAnotherTrackOfGapsAreNotGuessedFrom() {
        at(30, GapAwareTrackingToken.newInstance(30, List.of(28L)));
        lookedUp.clear();
        // The shared cache's token: ahead, without this stream's gap, for an event that filled another gap.
        assertThat(at(26, GapAwareTrackingToken.newInstance(33, List.of()))).isEqualTo(26);
        assertThat(lookedUp).hasSize(1);
    }

    @Test
    void aTokenThatSkippedIndexesWithoutRecordingThemAsGapsIsLookedUp() {
        at(550, GapAwareTrackingToken.newInstance(550, List.of()));
        lookedUp.clear();
        // The shared cache's token after it filled 552 on its own track: ahead, and 551..554 are no gaps.
        assertThat(at(552, GapAwareTrackingToken.newInstance(555, List.of()))).isEqualTo(552);
        assertThat(lookedUp).hasSize(1);
        assertThat(at(556, GapAwareTrackingToken.newInstance(556, List.of()))).isEqualTo(556);
        assertThat(at(558, GapAwareTrackingToken.newInstance(558, List.of(557L)))).isEqualTo(558);
        assertThat(lookedUp).hasSize(1);
    }

    @Test
    void aTokenWithoutGapsIsTheEventsPosition() {
        assertThat(at(7, new GlobalSequenceTrackingToken(7))).isEqualTo(7);
        assertThat(at(8, new GlobalSequenceTrackingToken(8))).isEqualTo(8);
        assertThat(lookedUp).isEmpty();
    }

    private long at(long storedAt, TrackingToken token) {
        TrackedEventMessage<?> event = new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("e"));
        stored.put(event.getIdentifier(), storedAt);
        return positions.of(event);
    }
}
