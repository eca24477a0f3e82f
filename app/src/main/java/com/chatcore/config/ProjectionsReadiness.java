package com.chatcore.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Part of readiness: a node that just started answers writes only after its projections run, else each
 * write waits for a read model that is still catching up (seconds after a restart). Ready once every
 * projection has its segments claimed (by this node or another) and this node's are caught up; after
 * that it stays ready, so a replay does not take the node out of service.
 */
@Component("projections")
class ProjectionsReadiness implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private volatile boolean caughtUpOnce;
    /**
     * Under steady writes a projection may never find the event stream empty, which is what Axon's
     * caught-up flag waits for; passing what the store held when readiness was first asked is enough.
     */
    private final Map<String, Long> headWhenFirstAsked = new ConcurrentHashMap<>();

    ProjectionsReadiness(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        if (caughtUpOnce) {
            return Health.up().build();
        }
        List<String> behind = TrackingProcessors.of(processing).stream()
                .filter(processor -> !ready(processor))
                .map(TrackingEventProcessor::getName)
                .toList();
        if (!behind.isEmpty()) {
            return Health.outOfService().withDetail("catching_up", behind).build();
        }
        caughtUpOnce = true;
        return Health.up().build();
    }

    private boolean ready(TrackingEventProcessor processor) {
        if (!processor.isRunning()) {
            return false;
        }
        Map<Integer, EventTrackerStatus> mine = processor.processingStatus();
        long head = headWhenFirstAsked.computeIfAbsent(processor.getName(), name -> head());
        if (!mine.values().stream().allMatch(status -> status.isCaughtUp()
                || status.getCurrentPosition().orElse(-1) >= head)) {
            return false;
        }
        // Every segment exists and is held, by this node or another.
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT count(*) > 0 AND count(*) FILTER (WHERE owner IS NULL) = 0
                FROM token_entry WHERE processor_name = ?""", Boolean.class, processor.getName()));
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }
}
