package com.chatcore.web.realtime;

import java.time.Instant;
import java.util.Optional;

/** One event the node's feed publishes: its payload, global position and time, and what the feed knows of it. */
public final class LiveEvent {

    private final Object payload;
    private final long eventId;
    private final Instant at;
    private final StreamState state;

    LiveEvent(Object payload, long eventId, Instant at, StreamState state) {
        this.payload = payload;
        this.eventId = eventId;
        this.at = at;
        this.state = state;
    }

    public Object payload() {
        return payload;
    }

    public long eventId() {
        return eventId;
    }

    public Instant at() {
        return at;
    }

    /** The account whose support session (seed 001) this conversation is; empty for other channels. */
    public Optional<Long> supportUser(String chatRoomId) {
        return state.supportUser(chatRoomId);
    }
}
