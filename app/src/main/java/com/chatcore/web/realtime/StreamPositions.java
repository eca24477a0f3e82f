package com.chatcore.web.realtime;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The global index (event_id) of each event of one stream, read in the order the stream delivers them.
 * Axon's gap-aware token names the highest index seen so far, so an event that fills an older gap (its
 * transaction committed after a later one) carries the same token position as the event before it; its own
 * index is the gap its token no longer has. Taking the token's position for it gave two events one event_id,
 * and the second one's frames were dropped as repeats.
 */
final class StreamPositions {

    private TrackingToken previous;

    long of(TrackedEventMessage<?> event) {
        TrackingToken token = event.trackingToken();
        long at = token.position().orElseThrow();
        if (token instanceof GapAwareTrackingToken now && previous instanceof GapAwareTrackingToken before
                && now.getIndex() <= before.getIndex()) {
            SortedSet<Long> filled = new TreeSet<>(before.getGaps());
            filled.removeAll(now.getGaps());
            if (!filled.isEmpty()) {
                at = filled.last();
            }
        }
        previous = token;
        return at;
    }
}
