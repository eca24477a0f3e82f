package com.chatcore.query.signals;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Tells a writer waiting on this node that a projection has committed what it waits for, with the view
 * the projection wrote: read-your-writes without a subscription query per write (its query before the
 * command, its registration, its update re-read and matched against every open subscription). The writer
 * registers its key before sending the command; a key nobody waits for costs the projection one map look-up.
 * Only the node whose projection segment wrote the row is told; a writer elsewhere re-reads the shared read
 * model ({@code ReadYourWrites}).
 */
public class Projected<V> {

    private final ConcurrentHashMap<String, CompletableFuture<V>> waiting = new ConcurrentHashMap<>();

    /** Registers a wait for {@code key}; close it when done waiting. */
    public Expectation<V> expect(String key) {
        CompletableFuture<V> future = waiting.computeIfAbsent(key, k -> new CompletableFuture<>());
        return new Expectation<>(future, () -> waiting.remove(key, future));
    }

    /**
     * Called by a projection handler once its rows for {@code key} are written: the waiter hears of it once
     * the projection's transaction commits (never for a batch that rolls back).
     */
    public void written(String key, Supplier<V> view) {
        CompletableFuture<V> future = waiting.get(key);
        if (future == null) {
            return;
        }
        V value = view.get();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> future.complete(value));
        } else {
            future.complete(value);
        }
    }

    /** A registered wait: {@link #future()} completes with the view once the projection committed it. */
    public record Expectation<V>(CompletableFuture<V> future, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }
}
