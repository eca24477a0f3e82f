package com.chatcore.api.audit;

import java.time.Instant;

/**
 * What one account did (the events whose caller it was), across every stream, in store order, optionally
 * from and/or to an instant (both inclusive, either may be null); one page (1-based). Answers
 * {@link AuditEventPage}.
 */
public record FindActionsQuery(long userId, Instant from, Instant to, int page, int pageSize) {
}
