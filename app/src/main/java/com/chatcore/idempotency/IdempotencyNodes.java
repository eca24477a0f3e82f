package com.chatcore.idempotency;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This node's presence, so that another node can tell when a key's first request died with its node:
 * every {@link #BEAT} the node records that it is alive, on a thread of its own (the shared scheduler may be
 * busy restarting projections), in PostgreSQL's clock so that the nodes' clocks need not agree.
 */
@Component
class IdempotencyNodes implements SmartLifecycle {

    static final Duration BEAT = Duration.ofMillis(500);
    /** Silent this long: the node is taken as dead. Several beats, so one slow beat does not count. */
    static final Duration DEAD_AFTER = Duration.ofSeconds(3);

    private final String nodeId = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private ScheduledExecutorService beats;

    IdempotencyNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String nodeId() {
        return nodeId;
    }

    @Override
    public void start() {
        beat();
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-node-beat");
            thread.setDaemon(true);
            return thread;
        });
        beats.scheduleWithFixedDelay(this::beat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            jdbc.update("""
                    INSERT INTO idempotency_node (node_id, seen_at) VALUES (?, now())
                    ON CONFLICT (node_id) DO UPDATE SET seen_at = now()""", nodeId);
        } catch (DataAccessException databaseDown) {
            // The next beat tries again; meanwhile no request of this node can answer either.
        }
    }

    /** Among the last to stop: requests finishing during a graceful shutdown still belong to a live node. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    @Override
    public void stop() {
        if (beats != null) {
            beats.shutdownNow();
            beats = null;
        }
    }

    @Override
    public boolean isRunning() {
        return beats != null;
    }
}
