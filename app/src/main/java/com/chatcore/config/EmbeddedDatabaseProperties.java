package com.chatcore.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The embedded default's settings, under {@code chat.embedded-database.*}. It keeps a newcomer's data,
 * so it is durable unless told otherwise (tests turn that off for speed, on their own throw-away data).
 */
@ConfigurationProperties("chat.embedded-database")
public record EmbeddedDatabaseProperties(Boolean durable, Duration orphanStopTimeout) {

    public EmbeddedDatabaseProperties {
        durable = durable == null || durable;
        orphanStopTimeout = orphanStopTimeout == null ? Duration.ofSeconds(30) : orphanStopTimeout;
    }
}
