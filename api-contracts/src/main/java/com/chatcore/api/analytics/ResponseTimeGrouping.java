package com.chatcore.api.analytics;

/** How response-time figures are grouped: by the day a conversation started (UTC), by agent, by channel. */
public enum ResponseTimeGrouping {
    DAY,
    AGENT,
    CHANNEL
}
