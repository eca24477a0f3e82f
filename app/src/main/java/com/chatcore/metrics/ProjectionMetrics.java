package com.chatcore.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * Per projection (processing group), as this node sees it: {@code chat_projection_lag_events} (the store's
 * head minus the furthest-behind segment this node holds; absent where it holds none, so across nodes take the
 * max), {@code chat_projection_segments_held}, and {@code chat_dead_letters} (events parked in the group's
 * dead-letter queue, a shared table: every node reports the same figure).
 */
@Component
class ProjectionMetrics {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry registry;

    ProjectionMetrics(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry registry) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.registry = registry;
    }

    /** Processors exist once Axon has started. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((group, processor) -> {
            if (processor instanceof TrackingEventProcessor tracking) {
                Gauge.builder("chat.projection.lag.events", tracking, this::lag).tag("group", group)
                        .description("Events between the store's head and this node's furthest-behind segment")
                        .register(registry);
                Gauge.builder("chat.projection.segments.held", tracking, held -> held.processingStatus().size())
                        .tag("group", group).description("Segments of the projection this node holds")
                        .register(registry);
            }
            processing.deadLetterQueue(group).ifPresent(queue -> Gauge.builder("chat.dead.letters", queue,
                            parked -> parked.size()).tag("group", group)
                    .description("Events parked in the group's dead-letter queue").register(registry));
        });
    }

    private double lag(TrackingEventProcessor processor) {
        if (processor.processingStatus().isEmpty()) {
            return Double.NaN;
        }
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        OptionalLong furthestBehind = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).min();
        return Math.max(0, headPosition - furthestBehind.orElse(-1));
    }
}
