package com.chatcore.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Restarts the projections as soon as PostgreSQL is back from an outage. Axon's tracking processors
 * retry a failure after a back-off that doubles up to 60 s and cannot be configured, so after a long
 * outage the read models (and every write waiting for them) stayed behind for up to a minute. Only a
 * processor that failed while the database was unreachable is restarted, so a projection that fails
 * for another reason is not restarted in a loop.
 */
@Component
class ProjectionRecovery {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRecovery.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private volatile boolean databaseWasDown;

    ProjectionRecovery(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${chat.projections.recovery-check-interval:250ms}")
    void restartAfterOutage() {
        List<TrackingEventProcessor> failing = TrackingProcessors.of(processing).stream()
                .filter(processor -> processor.isRunning() && failed(processor))
                .toList();
        if (failing.isEmpty()) {
            return;
        }
        if (!databaseReachable()) {
            databaseWasDown = true;
            return;
        }
        if (databaseWasDown) {
            databaseWasDown = false;
            // All at once: stopping one waits for its worker, and each projection's lag delays the writes.
            CompletableFuture.allOf(failing.stream().map(processor -> {
                log.info("Database is back: restarting projection {} instead of waiting for its back-off",
                        processor.getName());
                return processor.shutdownAsync().thenRun(processor::start);
            }).toArray(CompletableFuture[]::new)).join();
        }
    }

    private static boolean failed(TrackingEventProcessor processor) {
        return processor.isError()
                || processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    private boolean databaseReachable() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return true;
        } catch (DataAccessException e) {
            return false;
        }
    }
}
