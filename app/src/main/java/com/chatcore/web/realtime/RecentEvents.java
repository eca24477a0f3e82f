package com.chatcore.web.realtime;

import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;

/**
 * The events this node's feed has read within the resume window, with their event ids: what a resumed
 * socket catches up from. Kept in the order they arrived, which is not id order (an event that fills a
 * gap arrives after higher ones), and handed out in id order, so a catch-up neither reorders frames nor
 * stops short of a late gap fill the way a fresh read of the event store, cut at the first id past the
 * live position, could.
 */
final class RecentEvents {

    record Recent(long at, TrackedEventMessage<?> event) {
    }

    private final long window;
    private final ArrayDeque<Recent> arrived = new ArrayDeque<>();
    private long highest = -1;

    RecentEvents(long window) {
        this.window = window;
    }

    synchronized void add(TrackedEventMessage<?> event, long at) {
        arrived.addLast(new Recent(at, event));
        highest = Math.max(highest, at);
        while (!arrived.isEmpty() && arrived.peekFirst().at() <= highest - 2 * window) {
            arrived.removeFirst();
        }
    }

    /** The events with ids in ({@code after}, {@code upTo}], in id order. */
    synchronized List<Recent> between(long after, long upTo) {
        return arrived.stream().filter(recent -> recent.at() > after && recent.at() <= upTo)
                .sorted(Comparator.comparingLong(Recent::at)).toList();
    }
}
