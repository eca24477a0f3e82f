package com.chatcore.api.audit;

/**
 * One page (1-based) of a subject's event stream, in stream order. Answers {@code Optional<AuditEventPage>},
 * empty when the subject has no events at all.
 */
public record FindAuditEventsQuery(AuditSubject subject, String id, int page, int pageSize) {
}
