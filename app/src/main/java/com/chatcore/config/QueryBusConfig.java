package com.chatcore.config;

import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.context.annotation.Bean;

/**
 * The query bus as Axon's auto-configuration builds it, without a transaction around each query. Our
 * query handlers only read, with plain SQL that runs on its own; the transaction Axon opened for each one
 * (a JPA session, BEGIN and COMMIT) cost about 8 % of a message's CPU, as much as the queries themselves.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class QueryBusConfig {

    @Bean
    SimpleQueryBus queryBus(Configuration configuration) {
        return SimpleQueryBus.builder()
                .messageMonitor(configuration.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(configuration.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(configuration.getComponent(QueryUpdateEmitter.class))
                .spanFactory(configuration.getComponent(QueryBusSpanFactory.class))
                .build();
    }
}
