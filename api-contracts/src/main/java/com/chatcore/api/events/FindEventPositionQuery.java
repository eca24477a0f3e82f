package com.chatcore.api.events;

/** The global index (position in the event store) of one event, by its identifier; empty if not stored. */
public record FindEventPositionQuery(String eventIdentifier) {
}
