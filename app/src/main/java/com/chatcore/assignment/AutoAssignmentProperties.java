package com.chatcore.assignment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Automatic assignment of waiting chats ({@code chat.auto-assign.*}): off unless {@code enabled}. Besides
 * the events that can make an assignment possible, the node that runs it looks at the queue every
 * {@code sweepInterval}, in case an attempt met a read model a moment behind.
 */
@ConfigurationProperties("chat.auto-assign")
public record AutoAssignmentProperties(boolean enabled, Duration sweepInterval) {

    public AutoAssignmentProperties {
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("chat.auto-assign.sweep-interval must be positive, was " + sweepInterval);
        }
    }
}
