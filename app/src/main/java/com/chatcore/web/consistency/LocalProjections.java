package com.chatcore.web.consistency;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Whether this node holds every segment of every projection, so that every read-model update is
 * pushed to this node's subscription queries. With several nodes the segments are spread among them.
 */
@Component
class LocalProjections {

    private final EventProcessingConfiguration processing;

    LocalProjections(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    boolean allHere() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(LocalProjections::holdsEverySegment);
    }

    private static boolean holdsEverySegment(StreamingEventProcessor processor) {
        double held = 0;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            held += 1.0 / (status.getSegment().getMask() + 1);
        }
        return held >= 1.0 - 1e-9;
    }
}
