package com.chatcore.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How projections share work between nodes, under {@code chat.projections.*}. A node's claim on a segment
 * lapses after {@code axon.eventhandling.tokenstore.claim-timeout} without an update; every node looks
 * for lapsed or free segments each {@code claimInterval}, and a node that holds a segment renews its claim
 * at least each {@code claimRenewInterval}, busy or idle. Takeover after a node's death therefore takes
 * about the claim time-out plus the claim interval.
 */
@ConfigurationProperties("chat.projections")
public record ProjectionProperties(Duration claimInterval, Duration claimRenewInterval) {

    public ProjectionProperties {
        claimInterval = claimInterval == null ? Duration.ofMillis(500) : claimInterval;
        claimRenewInterval = claimRenewInterval == null ? Duration.ofMillis(500) : claimRenewInterval;
    }
}
