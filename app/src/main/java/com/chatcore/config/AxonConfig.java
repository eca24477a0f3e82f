package com.chatcore.config;

import com.chatcore.security.CallerMetadata;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/**
 * Axon wiring that properties cannot express: caller metadata copied onto every event, projections
 * as tracking processors, and a dead-letter queue per processing group so one poison event
 * is parked instead of stalling its projection or the rest of its conversation.
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
    ConfigurerModule projectionProcessors(ProjectionProperties projections) {
        return new ProjectionProcessors(projections);
    }

    /**
     * Runs after Axon's Spring Boot modules: their dead-letter module registers a provider that only
     * serves groups listed in properties, and the last registration wins.
     */
    private static final class ProjectionProcessors implements ConfigurerModule {

        // A sequence is a conversation (or account): past Axon's default of 1,024 a full queue would stop
        // the projection instead of parking.
        private static final int MAX_PARKED_CONVERSATIONS = 1_000_000;

        private final ProjectionProperties projections;

        ProjectionProcessors(ProjectionProperties projections) {
            this.projections = projections;
        }

        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }

        @Override
        public void configureModule(Configurer configurer) {
            configurer.eventProcessing(processing -> processing
                    // Tracking processors block on the event store's signal and see a commit within
                    // milliseconds; the pooled coordinator polls an embedded store every 500 ms when idle.
                    // One segment keeps cross-aggregate order within a read model; under a backlog, up to
                    // 50 events share one transaction (one token update).
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(config -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing()
                            .andInitialSegmentsCount(1)
                            .andBatchSize(50)
                            .andTokenClaimInterval(projections.claimInterval().toMillis(), TimeUnit.MILLISECONDS)
                            .andEventAvailabilityTimeout(projections.claimRenewInterval().toMillis(),
                                    TimeUnit.MILLISECONDS))
                    // An agent's current_active_chats (agents) must never disagree with the chats shown
                    // active with them (livechat): one processor moves both in the same transaction, and
                    // read-your-writes updates are pushed only after it commits.
                    .assignProcessingGroup("agents", "livechat")
                    .registerDeadLetterQueueProvider(group -> config -> new IsolatedDeadLetterQueue<>(
                            JpaSequencedDeadLetterQueue.builder()
                                    .processingGroup(group)
                                    .maxSequences(MAX_PARKED_CONVERSATIONS)
                                    .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                                    .transactionManager(config.getComponent(TransactionManager.class))
                                    .serializer(config.serializer())
                                    .build())));
        }
    }
}
