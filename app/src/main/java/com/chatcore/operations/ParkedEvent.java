package com.chatcore.operations;

import java.time.Instant;

/**
 * One event a projection could not apply, parked in the dead-letter queue: its letter id (for eviction), the
 * event's type, event id and stream (aggregate type and id, its sequence in it), why it failed the last time,
 * when it was first parked and when it was last tried.
 */
public record ParkedEvent(String id, String eventType, String eventId, String aggregateType, String aggregateId,
        Long sequence, String causeType, String causeMessage, Instant firstAttempt, Instant lastAttempt) {
}
