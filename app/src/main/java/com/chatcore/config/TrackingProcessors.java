package com.chatcore.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;

import java.util.List;

/** This node's projections: every processing group runs as a tracking processor (see {@link AxonConfig}). */
final class TrackingProcessors {

    private TrackingProcessors() {
    }

    static List<TrackingEventProcessor> of(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .toList();
    }
}
