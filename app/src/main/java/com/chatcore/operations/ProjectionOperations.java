package com.chatcore.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Issue 13's operation of the read models: each projection's segments, lag and state, read from the token
 * store so that segments held by other nodes show too, and a replay (reset and rebuild while the server keeps
 * serving). A replay resets every segment at once, so it runs only on a node that can claim them all: when
 * another node holds a segment it is refused with the holder's name (README, "Operating the read models").
 */
@Component
public class ProjectionOperations {

    private static final Logger log = LoggerFactory.getLogger(ProjectionOperations.class);

    /** The token store's owner name for this node (Axon's JDBC token store default). */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final EventProcessingConfiguration processing;
    private final TokenRows tokens;
    private final Clock clock;

    ProjectionOperations(EventProcessingConfiguration processing, TokenRows tokens, Clock clock) {
        this.processing = processing;
        this.tokens = tokens;
        this.clock = clock;
    }

    public ProjectionsOverview overview() {
        Long head = tokens.head();
        Instant now = clock.instant();
        Map<String, List<TokenRows.Row>> rows = tokens.all().stream()
                .collect(Collectors.groupingBy(TokenRows.Row::processor));
        Map<String, TrackingEventProcessor> processors = processors();
        List<ProjectionStatus> projections = new ArrayList<>();
        for (String name : new TreeSet<>(processors.keySet())) {
            projections.add(status(name, processors.get(name), rows.getOrDefault(name, List.of()), head, now));
        }
        return new ProjectionsOverview(head, head == null ? null : tokens.timestampOf(head), NODE, projections);
    }

    /**
     * Resets the projection (its reset handlers clear its tables) and starts it again from the first event.
     * Returns at once: the rebuild runs on the processor's threads, its progress shows in {@link #overview()}.
     */
    public synchronized ProjectionStatus replay(String name) {
        TrackingEventProcessor processor = processors().get(name);
        if (processor == null) {
            throw new UnknownProjectionException(name);
        }
        if (!processor.supportsReset()) {
            throw new ReplayRefusedException("Projection '" + name + "' has no reset handler: it reacts to new"
                    + " events and cannot be replayed.");
        }
        List<TokenRows.Row> rows = rowsOf(name);
        if (rows.stream().anyMatch(TokenRows.Row::replaying)) {
            throw new ReplayRefusedException("Projection '" + name + "' is already replaying.");
        }
        refuseIfHeldElsewhere(name, rows);
        log.info("Replaying projection {}: shutting it down, resetting its tokens and starting it again", name);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            throw new ReplayRefusedException("Another node claimed a segment of '" + name + "' while this node"
                    + " released it; nothing was reset. Try again, or on the node that holds it.");
        } finally {
            processor.start();
        }
        Long head = tokens.head();
        return status(name, processor, rowsOf(name), head, clock.instant());
    }

    private static void refuseIfHeldElsewhere(String name, List<TokenRows.Row> rows) {
        List<String> elsewhere = rows.stream().filter(row -> row.owner() != null && !NODE.equals(row.owner()))
                .map(row -> row.segment() + " (" + row.owner() + ")").toList();
        if (!elsewhere.isEmpty()) {
            throw new ReplayRefusedException("Segments of '" + name + "' are held by other nodes: "
                    + String.join(", ", elsewhere) + ". A replay resets every segment at once: ask the node that"
                    + " holds them all, or stop the projections on the other nodes first.");
        }
    }

    private List<TokenRows.Row> rowsOf(String name) {
        return tokens.all().stream().filter(row -> row.processor().equals(name)).toList();
    }

    private Map<String, TrackingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast)
                .collect(Collectors.toMap(TrackingEventProcessor::getName, processor -> processor));
    }

    private ProjectionStatus status(String name, TrackingEventProcessor processor, List<TokenRows.Row> rows,
            Long head, Instant now) {
        List<SegmentStatus> segments = rows.stream().sorted(Comparator.comparingInt(TokenRows.Row::segment))
                .map(row -> segment(row, head, now)).toList();
        String error = error(processor);
        boolean replaying = segments.stream().anyMatch(SegmentStatus::replaying);
        String state;
        if (error != null) {
            state = "error";
        } else if (replaying) {
            state = "replaying";
        } else if (processor.isRunning() || rows.stream().anyMatch(row -> row.owner() != null)) {
            state = "running";
        } else {
            state = "stopped";
        }
        Double progress = replaying ? segments.stream().map(s -> s.replaying() ? s.replayProgress() : 100.0)
                .filter(Objects::nonNull).min(Double::compare).orElse(null) : null;
        long lagEvents = segments.stream().mapToLong(SegmentStatus::lagEvents).max().orElse(head == null ? 0 : head);
        double lagSeconds = segments.stream().mapToDouble(SegmentStatus::lagSeconds).max().orElse(0);
        return new ProjectionStatus(name, state, progress, lagEvents, lagSeconds, processor.supportsReset(), error,
                segments);
    }

    private SegmentStatus segment(TokenRows.Row row, Long head, Instant now) {
        Long position = row.position();
        long lagEvents = head == null ? 0 : Math.max(0, head - (position == null ? 0 : position));
        double lagSeconds = 0;
        if (lagEvents > 0) {
            Instant waiting = tokens.firstAfter(position);
            lagSeconds = waiting == null ? 0 : Math.max(0, Duration.between(waiting, now).toMillis() / 1000.0);
        }
        return new SegmentStatus(row.segment(), position, lagEvents, lagSeconds, row.replaying(),
                row.replayProgress(), row.owner(), NODE.equals(row.owner()));
    }

    private static String error(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                .map(status -> status.getError() == null ? "error" : String.valueOf(status.getError().getMessage()))
                .findFirst().orElse(processor.isError() ? "The processor failed and is retrying." : null);
    }
}
