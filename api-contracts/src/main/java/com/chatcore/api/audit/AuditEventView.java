package com.chatcore.api.audit;

import java.time.Instant;

/**
 * One stored event as an auditor sees it: its place in its stream ({@code sequence}) and in the whole store
 * ({@code globalIndex}), the event type's simple name, when, who ({@link AuditActor}), under which
 * correlation id, and its payload as JSON text with secrets (password hashes, guest key hashes) removed.
 */
public record AuditEventView(
        String aggregateType,
        String aggregateId,
        long sequence,
        long globalIndex,
        String type,
        Instant timestamp,
        AuditActor actor,
        String correlationId,
        String payload) {
}
