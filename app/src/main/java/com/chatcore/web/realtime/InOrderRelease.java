package com.chatcore.web.realtime;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.function.LongSupplier;

/**
 * Lets live events out in the order of their event ids (the event store's global index), which is not the
 * order their transactions commit in: an event is held while a lower id may still commit (a gap in the
 * stream's token). Otherwise a socket could get id 101, reconnect to another node with last_event_id 101,
 * and never see 100, committed a moment later. A gap that stays open longer than {@link #GAP_WAIT}
 * belongs to a transaction that rolled back (a conflicting append): the events behind it go out, and that
 * gap no longer holds anything back.
 */
final class InOrderRelease {

    /** Longer than a transaction takes between its insert and its commit (an fsync on a loaded machine), plus a poll. */
    static final Duration GAP_WAIT = Duration.ofSeconds(10);

    /** Where released events go, with their event ids. */
    interface Released {
        void accept(TrackedEventMessage<?> event, long at);
    }

    private static final Logger log = LoggerFactory.getLogger(InOrderRelease.class);

    private record Held(long at, TrackedEventMessage<?> event, long heldSince) {
    }

    private final PriorityQueue<Held> held = new PriorityQueue<>(Comparator.comparingLong(Held::at));
    private final long waitNanos;
    private final LongSupplier nanoClock;
    private long safeUpTo = -1;
    private long abandonedUpTo = -1;

    InOrderRelease(Duration gapWait) {
        this(gapWait, System::nanoTime);
    }

    InOrderRelease(Duration gapWait, LongSupplier nanoClock) {
        this.waitNanos = gapWait.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * Gaps at or below the point where the feed went live are history (a transaction that rolled back
     * before this node started): they hold nothing back.
     */
    void liveAfter(long position) {
        abandonedUpTo = Math.max(abandonedUpTo, position);
    }

    void add(TrackedEventMessage<?> event, long at) {
        held.add(new Held(at, event, nanoClock.getAsLong()));
    }

    boolean isHolding() {
        return !held.isEmpty();
    }

    /** After an event arrived: what its token says has all committed goes out, in id order. */
    void release(TrackingToken token, Released publish) {
        safeUpTo = Math.max(safeUpTo, committedUpTo(token));
        releaseDue(publish);
    }

    /** Also when nothing arrives: events held past {@link #GAP_WAIT} go out. */
    void releaseDue(Released publish) {
        long now = nanoClock.getAsLong();
        while (!held.isEmpty()) {
            Held next = held.peek();
            boolean overdue = now - next.heldSince() >= waitNanos;
            if (next.at() > safeUpTo && !overdue) {
                return;
            }
            if (overdue && next.at() > safeUpTo) {
                log.info("Real-time feed: event {} released after {} waiting for a lower id (safe up to {})",
                        next.at(), Duration.ofNanos(now - next.heldSince()), safeUpTo);
                abandonedUpTo = Math.max(abandonedUpTo, next.at());
            }
            held.poll();
            publish.accept(next.event(), next.at());
        }
    }

    private long committedUpTo(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            SortedSet<Long> open = gapAware.getGaps().tailSet(abandonedUpTo + 1);
            return open.isEmpty() ? gapAware.getIndex() : open.first() - 1;
        }
        return token.position().orElse(-1);
    }
}
