package com.chatcore.api.conversation;

import java.time.Instant;

/** Answers {@link SupportStatsView}: support sessions by state, and how many started since each boundary. */
public record FindSupportStatsQuery(Instant startOfDay, Instant startOfWeek, Instant startOfMonth) {
}
