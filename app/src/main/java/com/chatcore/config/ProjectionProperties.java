package com.chatcore.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How projections share work between threads and nodes, under {@code chat.projections.*}.
 * <p>
 * {@code segments}: how many segments (and threads per node) the parallel projections split into, by
 * conversation; unset, one per available processor. It applies when a projection first creates its tokens:
 * an installation keeps the count its tokens have until they are split or reset (README, "Projection
 * segments").
 * <p>
 * A node's claim on a segment lapses after {@code axon.eventhandling.tokenstore.claim-timeout} without an
 * update; every node looks for lapsed or free segments each {@code claimInterval}, and a node that holds a
 * segment renews its claim at least each {@code claimRenewInterval}, busy or idle. Takeover after a node's
 * death therefore takes about the claim time-out plus the claim interval.
 */
@ConfigurationProperties("chat.projections")
public record ProjectionProperties(Integer segments, Duration claimInterval, Duration claimRenewInterval) {

    public ProjectionProperties {
        segments = segments == null ? Runtime.getRuntime().availableProcessors() : segments;
        if (segments < 1) {
            throw new IllegalArgumentException("chat.projections.segments must be at least 1, was " + segments);
        }
        claimInterval = claimInterval == null ? Duration.ofMillis(500) : claimInterval;
        claimRenewInterval = claimRenewInterval == null ? Duration.ofMillis(500) : claimRenewInterval;
    }
}
