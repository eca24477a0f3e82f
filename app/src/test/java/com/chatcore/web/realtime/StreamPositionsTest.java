package com.chatcore.web.realtime;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreamPositionsTest {

    private final StreamPositions positions = new StreamPositions();

    @Test
    void anEventThatFillsAGapIsAtTheGapNotAtTheTokensHighestIndex() {
        assertThat(at(GapAwareTrackingToken.newInstance(549, List.of()))).isEqualTo(549);
        assertThat(at(GapAwareTrackingToken.newInstance(551, List.of(550L)))).isEqualTo(551);
        assertThat(at(GapAwareTrackingToken.newInstance(551, List.of()))).as("550, committed late").isEqualTo(550);
        assertThat(at(GapAwareTrackingToken.newInstance(552, List.of()))).isEqualTo(552);
    }

    @Test
    void oneOfSeveralGapsFilled() {
        at(GapAwareTrackingToken.newInstance(20, List.of(17L, 18L)));
        assertThat(at(GapAwareTrackingToken.newInstance(20, List.of(17L)))).isEqualTo(18);
        assertThat(at(GapAwareTrackingToken.newInstance(21, List.of(17L)))).isEqualTo(21);
        assertThat(at(GapAwareTrackingToken.newInstance(21, List.of()))).isEqualTo(17);
    }

    @Test
    void aTokenWithoutGapsIsTheEventsPosition() {
        assertThat(at(new GlobalSequenceTrackingToken(7))).isEqualTo(7);
        assertThat(at(new GlobalSequenceTrackingToken(8))).isEqualTo(8);
    }

    private long at(TrackingToken token) {
        return positions.of(new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("e")));
    }
}
