package com.chatcore.api.conversation;

/**
 * Support sessions counted by state ({@code closed}: resolved or closed); {@code averageFirstResponseSeconds}:
 * from a session's start to support's first message, over the sessions support answered (null before any).
 */
public record SupportStatsView(long total, long active, long pending, long closed,
        Double averageFirstResponseSeconds, long sinceStartOfDay, long sinceStartOfWeek, long sinceStartOfMonth) {
}
