package com.chatcore.api.audit;

/**
 * A subject's whole event stream, in stream order, as a streaming query: read through a database cursor,
 * never held in memory. Answers a stream of {@link AuditEventView} (empty when there is none).
 */
public record StreamAuditEventsQuery(AuditSubject subject, String id) {
}
