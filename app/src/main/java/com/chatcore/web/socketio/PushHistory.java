package com.chatcore.web.socketio;

import com.chatcore.web.realtime.LiveEvent;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The live events this node has pushed to Socket.IO connections within the resume window, in the order they were
 * pushed (event_id order, but for an event the feed released late): what a resumed connection catches up from.
 * Only the push thread touches it.
 */
final class PushHistory {

    private final long window;
    private final ArrayDeque<LiveEvent> pushed = new ArrayDeque<>();
    private long highest = -1;

    PushHistory(long window) {
        this.window = window;
    }

    void add(LiveEvent event) {
        pushed.addLast(event);
        highest = Math.max(highest, event.eventId());
        while (!pushed.isEmpty() && pushed.peekFirst().eventId() <= highest - window) {
            pushed.removeFirst();
        }
    }

    /** The highest event id pushed; -1 before the first. */
    long highest() {
        return highest;
    }

    /** The events pushed with ids above {@code eventId}, in the order they were pushed. */
    List<LiveEvent> after(long eventId) {
        return pushed.stream().filter(event -> event.eventId() > eventId).toList();
    }
}
