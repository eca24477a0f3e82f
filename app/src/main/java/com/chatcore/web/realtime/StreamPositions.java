package com.chatcore.web.realtime;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The global index (event_id) of each event of one stream, read in the order the stream delivers them.
 * Axon's gap-aware token names the highest index seen so far, so an event that fills an older gap (its
 * transaction committed after a later one) carries the same token position as the event before it: its own
 * index is the gap its token no longer has. When two tokens in a row do not tell it that plainly (the first
 * event of a stream, or a reader that moved from its own query to the event store's shared cache, whose
 * tokens track gaps of their own), the index is looked up by the event's identifier.
 */
final class StreamPositions {

    private final Function<String, Long> lookup;
    private GapAwareTrackingToken previous;

    StreamPositions(Function<String, Long> lookup) {
        this.lookup = lookup;
    }

    long of(TrackedEventMessage<?> event) {
        TrackingToken token = event.trackingToken();
        if (!(token instanceof GapAwareTrackingToken now)) {
            return token.position().orElseThrow();
        }
        GapAwareTrackingToken before = previous;
        previous = now;
        if (before != null && now.getIndex() > before.getIndex() && now.getGaps().containsAll(before.getGaps())
                && now.getGaps().size() == before.getGaps().size() + (now.getIndex() - before.getIndex() - 1)) {
            return now.getIndex(); // the next event past the highest, every index skipped on the way a new gap
        }
        if (before != null && now.getIndex() == before.getIndex() && before.getGaps().containsAll(now.getGaps())) {
            Set<Long> filled = new HashSet<>(before.getGaps());
            filled.removeAll(now.getGaps());
            if (filled.size() == 1) {
                return filled.iterator().next();
            }
        }
        return lookup.apply(event.getIdentifier());
    }
}
