package com.chatcore.config;

import com.chatcore.support.IntegrationTest;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's aggregate configuration asks its configuration for the resolver: that is the cached one. */
class CommandTargetResolverWiringIntegrationTest extends IntegrationTest {

    @Autowired
    Configuration axon;

    @Test
    void aggregatesResolveTheirTargetsThroughTheCachedResolver() {
        assertThat(axon.getComponent(CommandTargetResolver.class)).isInstanceOf(CachedCommandTargetResolver.class);
    }
}
