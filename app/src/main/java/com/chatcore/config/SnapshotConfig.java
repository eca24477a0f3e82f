package com.chatcore.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Long conversations load from a snapshot plus the events after it, not from their first event. */
@Configuration(proxyBeanMethods = false)
class SnapshotConfig {

    @Bean
    SnapshotTriggerDefinition conversationSnapshotTrigger(Snapshotter snapshotter,
            @Value("${chat.snapshots.conversation-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
