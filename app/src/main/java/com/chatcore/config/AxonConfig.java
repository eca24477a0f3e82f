package com.chatcore.config;

import com.chatcore.security.CallerMetadata;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
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

    /**
     * Axon's origin data under keys of our own: by default it writes the causing message's id as
     * "correlationId", which would replace the request's correlation id on every event.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(CallerMetadata.CAUSATION_ID, MessageOriginProvider.getDefaultTraceKey());
    }

    @Bean
    CorrelationDataProvider callerCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(CallerMetadata.CALLER_ID, CallerMetadata.CALLER_ROLE,
                CallerMetadata.CORRELATION_ID);
    }

    @Bean
    ConfigurerModule projectionProcessors() {
        return new ProjectionProcessors();
    }

    /**
     * Runs after Axon's Spring Boot modules: their dead-letter module registers a provider that only
     * serves groups listed in properties, and the last registration wins.
     */
    private static final class ProjectionProcessors implements ConfigurerModule {

        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }

        @Override
        public void configureModule(Configurer configurer) {
            configurer.eventProcessing(processing -> processing
                    // One segment keeps cross-aggregate order within a read model; more segments can be
                    // split off per processing group once a read model needs the throughput. Under a
                    // backlog, up to 50 events share one transaction (one token update).
                    .usingPooledStreamingEventProcessors((config, builder) -> builder
                            .initialSegmentCount(1)
                            .batchSize(50))
                    // An agent's current_active_chats (agents) must never disagree with the chats shown
                    // active with them (livechat): one processor moves both in the same transaction, and
                    // read-your-writes updates are pushed only after it commits.
                    .assignProcessingGroup("agents", "livechat")
                    .registerDeadLetterQueueProvider(group -> config -> JpaSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                            .transactionManager(config.getComponent(TransactionManager.class))
                            .serializer(config.serializer())
                            .build()));
        }
    }
}
