package com.chatcore.api.analytics;

/**
 * One group's figures: {@code group} is a day ({@code 2026-11-30}), an agent id or a channel name;
 * {@code conversations} counts the group's conversations (for an agent: those it was assigned). Each duration
 * is in seconds, between event timestamps.
 */
public record ResponseTimeGroupView(String group, long conversations, DurationStatsView waiting,
        DurationStatsView firstResponse, DurationStatsView reply, DurationStatsView resolution) {
}
