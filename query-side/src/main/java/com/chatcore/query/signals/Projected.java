package com.chatcore.query.signals;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Tells a writer waiting on this node that a projection has committed what it waits for, with the view
 * the projection wrote: read-your-writes without a subscription query per write (its query before the
 * command, its registration, its update re-read and matched against every open subscription). The writer
 * registers its key before sending the command. With several nodes, the segment that writes the row may run
 * on another node than the writer's: a key nobody waits for here is announced on the PostgreSQL channel
 * {@link #channel()} ({@code NOTIFY} in the projection's transaction, so sent when it commits; one for the
 * batch's keys) if its event is recent, and every node's listener passes it to {@link #writtenElsewhere(String)}: the writer then
 * re-reads the shared read model at once instead of at its next poll.
 */
public class Projected<V> {

    /** Events older than this are replayed or caught up with, not awaited by any write: no announcement. */
    static final Duration AWAITED_FOR = Duration.ofSeconds(30);

    private final ConcurrentHashMap<String, CompletableFuture<V>> waiting = new ConcurrentHashMap<>();
    private final String channel;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String announcementsKey;

    protected Projected(String channel, JdbcTemplate jdbc, Clock clock) {
        this.channel = channel;
        this.announcementsKey = Projected.class.getName() + ":" + channel;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The PostgreSQL channel on which writes of keys awaited on other nodes are announced. */
    public String channel() {
        return channel;
    }

    /** Registers a wait for {@code key}; close it when done waiting. */
    public Expectation<V> expect(String key) {
        CompletableFuture<V> future = waiting.computeIfAbsent(key, k -> new CompletableFuture<>());
        return new Expectation<>(future, () -> waiting.remove(key, future));
    }

    /**
     * Called by a projection handler once its rows for {@code key} are written: the waiter hears of it once
     * the projection's transaction commits (never for a batch that rolls back).
     */
    public void written(String key, Instant eventTime, Supplier<V> view) {
        CompletableFuture<V> future = waiting.get(key);
        if (future == null) {
            if (eventTime.isAfter(clock.instant().minus(AWAITED_FOR))) {
                announce(key);
            }
            return;
        }
        V value = view.get();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> future.complete(value));
        } else {
            future.complete(value);
        }
    }

    /**
     * Another node's projection wrote {@code keys} (one announcement, a key per line): a writer waiting for
     * one of them here hears of it with no view ({@code null}) and reads the row itself.
     */
    public void writtenElsewhere(String keys) {
        for (String key : keys.split(PgNotify.LINE)) {
            CompletableFuture<V> future = waiting.get(key);
            if (future != null) {
                future.complete(null);
            }
        }
    }

    /**
     * A batch's keys go out in one announcement (a key per line) sent as it commits, rather than one
     * statement each; outside a unit of work, at once.
     */
    private void announce(String key) {
        if (!CurrentUnitOfWork.isStarted()) {
            notify(List.of(key));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(announcementsKey, name -> {
            List<String> keys = new ArrayList<>();
            batch.onPrepareCommit(committing -> notify(keys));
            return keys;
        }).add(key);
    }

    private void notify(List<String> keys) {
        StringBuilder payload = new StringBuilder();
        for (String key : keys) {
            if (payload.length() + key.length() + 1 > PgNotify.MAX_PAYLOAD && !payload.isEmpty()) {
                PgNotify.send(jdbc, channel, payload.toString());
                payload.setLength(0);
            }
            payload.append(payload.isEmpty() ? "" : PgNotify.LINE).append(key);
        }
        if (!payload.isEmpty()) {
            PgNotify.send(jdbc, channel, payload.toString());
        }
    }

    /**
     * A registered wait: {@link #future()} completes with the view once this node's projection committed it,
     * or with {@code null} once another node's did.
     */
    public record Expectation<V>(CompletableFuture<V> future, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }
}
