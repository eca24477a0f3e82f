package com.chatcore.idempotency;

import com.chatcore.cluster.ClusterNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency keys and their answers, in PostgreSQL so a retry may reach any node. HTTP plumbing beside
 * {@code security}, not a REST adapter: it stores answers, never domain state, which is why it may use
 * JDBC where {@code web} may not.
 */
@Component
class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClusterNode node;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, ClusterNode node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
    }

    /** What a key holds: its request's fingerprint, and the answer once there is one. */
    record Entry(String fingerprint, Integer status, String contentType, byte[] body, Instant createdAt) {

        boolean answered() {
            return status != null;
        }
    }

    /** True when this call claimed the key for a first request; false when it was already taken. */
    boolean claim(String scope, String key, String fingerprint) {
        return 1 == jdbc.update("""
                INSERT INTO idempotency_key (scope, idem_key, fingerprint, created_at, node_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (scope, idem_key) DO NOTHING""", scope, key, fingerprint, Timestamp.from(clock.instant()),
                node.nodeId());
    }

    Optional<Entry> find(String scope, String key) {
        List<Entry> entries = jdbc.query("""
                SELECT fingerprint, status, content_type, body, created_at FROM idempotency_key
                WHERE scope = ? AND idem_key = ?""", (row, i) -> new Entry(row.getString(1),
                (Integer) row.getObject(2), row.getString(3), row.getBytes(4), row.getTimestamp(5).toInstant()),
                scope, key);
        return entries.stream().findFirst();
    }

    void answer(String scope, String key, int status, String contentType, byte[] body) {
        jdbc.update("UPDATE idempotency_key SET status = ?, content_type = ?, body = ? WHERE scope = ? AND idem_key = ?",
                status, contentType, body, scope, key);
    }

    /** Frees a key whose request failed on our side, so that its retry runs again. */
    void release(String scope, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND status IS NULL", scope, key);
    }

    /**
     * Takes over a key whose first request never answered: its node has stopped beating (it died), or the
     * request started before {@code startedBefore} (longer ago than any request runs). True when this call
     * got it.
     */
    boolean reclaimAbandoned(String scope, String key, Instant startedBefore) {
        return 1 == jdbc.update("""
                UPDATE idempotency_key SET created_at = ?, node_id = ?
                WHERE scope = ? AND idem_key = ? AND status IS NULL
                AND (created_at < ? OR NOT EXISTS (SELECT 1 FROM cluster_node node
                    WHERE node.node_id = idempotency_key.node_id AND node.seen_at > now() - make_interval(secs => ?)))""",
                Timestamp.from(clock.instant()), node.nodeId(), scope, key, Timestamp.from(startedBefore),
                ClusterNode.DEAD_AFTER.toMillis() / 1000.0);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void sweepExpired() {
        jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(RETENTION)));
        jdbc.update("DELETE FROM cluster_node WHERE seen_at < now() - interval '1 day'");
    }
}
