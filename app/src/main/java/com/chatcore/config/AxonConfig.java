package com.chatcore.config;

import com.chatcore.security.CallerMetadata;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/**
 * Axon wiring that properties cannot express: caller metadata copied onto every event, projections
 * as tracking processors split into segments, and a dead-letter queue per processing group so one poison
 * event is parked instead of stalling its projection or the rest of its conversation.
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

        private static final String AGENTS = "agents";
        private static final String LIVECHAT = "livechat";
        private static final String NOTIFICATIONS = "notifications";
        private static final String AUTO_ASSIGN = "autoassign";

        private final ProjectionProperties projections;

        ProjectionProcessors(ProjectionProperties projections) {
            this.projections = projections;
        }

        private TrackingEventProcessorConfiguration segments(int segments) {
            return TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                    .andInitialSegmentsCount(segments)
                    .andBatchSize(50)
                    .andTokenClaimInterval(projections.claimInterval().toMillis(), TimeUnit.MILLISECONDS)
                    .andEventAvailabilityTimeout(projections.claimRenewInterval().toMillis(), TimeUnit.MILLISECONDS);
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
                    // Each projection splits into segments by its sequencing policy (per aggregate, so per
                    // conversation, unless set below), one thread each, spread over the nodes by their
                    // claims; under a backlog, up to 50 events share one transaction (one token update).
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(config -> segments(projections.segments()))
                    // Its decisions depend on the order between aggregates: who is available when a chat
                    // starts, an agent's name in a notice, an agent's read marks on notifications that
                    // conversations inserted. One segment keeps the event store's order (README).
                    .registerTrackingEventProcessorConfiguration(NOTIFICATIONS, config -> segments(1))
                    // Automatic assignment (when on): one node at a time, from the events after it was switched on.
                    .registerTrackingEventProcessorConfiguration(AUTO_ASSIGN, config -> segments(1)
                            .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                    // The agents read model runs in the livechat processor: one set of threads fewer.
                    .assignProcessingGroup(AGENTS, LIVECHAT)
                    .registerSequencingPolicy(AGENTS, config -> new AccountsInOneSequence())
                    .registerDeadLetterQueueProvider(group -> config -> new IsolatedDeadLetterQueue<>(
                            JdbcSequencedDeadLetterQueue.builder()
                                    .processingGroup(group)
                                    .maxSequences(MAX_PARKED_CONVERSATIONS)
                                    .schema(AxonTables.DEAD_LETTERS)
                                    .connectionProvider(config.getComponent(ConnectionProvider.class))
                                    .transactionManager(config.getComponent(TransactionManager.class))
                                    .genericSerializer(config.serializer())
                                    .eventSerializer(config.eventSerializer())
                                    .build())));
        }
    }
}
