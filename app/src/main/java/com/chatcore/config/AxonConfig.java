package com.chatcore.config;

import com.chatcore.security.CallerMetadata;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wiring that properties cannot express: caller metadata copied onto every event, projections
 * as pooled streaming processors, and a dead-letter queue per processing group so one poison event
 * is parked instead of stalling its projection.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider callerCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(CallerMetadata.CALLER_ID, CallerMetadata.CALLER_ROLE);
    }

    @Bean
    ConfigurerModule projectionProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                // One segment keeps cross-aggregate order within a read model; more segments can be
                // split off per processing group once a read model needs the throughput. Under a
                // backlog, up to 50 events share one transaction (one token update).
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .initialSegmentCount(1)
                        .batchSize(50))
                .registerDeadLetterQueueProvider(group -> config -> JpaSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                        .transactionManager(config.getComponent(TransactionManager.class))
                        .serializer(config.serializer())
                        .build()));
    }
}
