package com.chatcore.web.clients;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** {@code chat.clients.*}: {@code lookupTimeout}, the time budget of seed 004's lookup (408 beyond it). */
@ConfigurationProperties("chat.clients")
record ClientsProperties(Duration lookupTimeout) {

    ClientsProperties {
        lookupTimeout = lookupTimeout == null ? Duration.ofSeconds(3) : lookupTimeout;
        if (lookupTimeout.isNegative()) {
            throw new IllegalArgumentException("chat.clients.lookup-timeout must not be negative, was "
                    + lookupTimeout);
        }
    }
}
