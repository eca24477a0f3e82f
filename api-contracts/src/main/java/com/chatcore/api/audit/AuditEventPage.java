package com.chatcore.api.audit;

import java.util.List;

/** One page of events, oldest first, and how many there are in all. */
public record AuditEventPage(long count, List<AuditEventView> events) {
}
