package com.chatcore.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Conversations stay in memory between commands, so a message does not reload the chat's snapshot
 * and events. With several nodes a cached conversation can be stale; appending to it then fails on
 * the event store's sequence check, the entry is evicted and the command gateway sends the command
 * again ({@link ConflictRetryScheduler}).
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfig {

    @Bean
    Cache conversationCache(@Value("${chat.cache.conversations:10000}") long maximumSize) {
        return new CaffeineAggregateCache(maximumSize, Duration.ofMinutes(30));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new ConflictRetryScheduler())
                .build();
    }
}
