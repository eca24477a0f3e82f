package com.chatcore.web.consistency;

import com.chatcore.config.ChatProperties;
import com.chatcore.query.signals.Projected;
import com.chatcore.web.error.ReadModelLagException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Sends a command and answers with the read model once it shows the write. The subscription queries
 * are opened before the command, so no update of this node's projections can slip past. Query
 * handlers answer {@code Optional<V>} and projections emit {@code V} updates.
 * <p>
 * With several nodes, the projection that shows the write may run on another node, whose updates
 * never reach this one: while this node does not hold every projection's segments, a view not shown
 * within {@link #RECHECK_EVERY} is queried again at that interval from the shared read model, until it
 * is ready or the timeout passes. A node that holds them all re-reads only every
 * {@link #RECHECK_ANYWAY_EVERY} ticks, in case a segment moved between nodes while it waited.
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    static final Duration RECHECK_EVERY = Duration.ofMillis(100);
    static final int RECHECK_ANYWAY_EVERY = 10;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final LocalProjections localProjections;
    private final Duration timeout;

    ReadYourWrites(CommandGateway commands, QueryGateway queries, LocalProjections localProjections,
            ChatProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.localProjections = localProjections;
        this.timeout = properties.readYourWritesTimeout();
    }

    /**
     * A read model view to wait for.
     *
     * @param ready true for the first view that reflects the command (for example, the new values)
     */
    public record Awaited<V>(Object query, Class<V> viewType, Predicate<V> ready, Projected<V> projected,
            String key) {

        public Awaited(Object query, Class<V> viewType, Predicate<V> ready) {
            this(query, viewType, ready, null, null);
        }

        /**
         * The view the projection signals through {@code projected} once it has written {@code key} on this
         * node (no subscription query); {@code query} re-reads it when that projection runs elsewhere.
         */
        public static <V> Awaited<V> signalled(Projected<V> projected, String key, Object query, Class<V> viewType) {
            return new Awaited<>(query, viewType, view -> true, projected, key);
        }
    }

    /**
     * @param ready true for the first view that reflects this command (for example, the new values)
     * @return the view that satisfied {@code ready}
     * @throws ReadModelLagException when the read model did not catch up in time (the write stands)
     */
    public <V> V send(Object command, Object query, Class<V> viewType, Predicate<V> ready) {
        return send(command, new Awaited<>(query, viewType, ready));
    }

    /**
     * Like {@link #send(Object, Object, Class, Predicate)}, and also waits until every read model in
     * {@code alsoAwaited} shows the write: for commands whose effects other endpoints read elsewhere.
     *
     * @return the view of {@code answer} that satisfied its {@code ready}
     */
    public <V> V send(Object command, Awaited<V> answer, Awaited<?>... alsoAwaited) {
        return send(command, new AtomicReference<>(), answer, alsoAwaited);
    }

    private <V> V send(Object command, AtomicReference<Object> result, Awaited<V> answer, Awaited<?>... alsoAwaited) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Subscription<?>> opened = new ArrayList<>();
        try {
            Subscription<V> main = open(answer);
            opened.add(main);
            for (Awaited<?> awaited : alsoAwaited) {
                opened.add(open(awaited));
            }
            result.set(commands.sendAndWait(command));
            V view = main.await(deadline);
            for (Subscription<?> other : opened.subList(1, opened.size())) {
                other.await(deadline);
            }
            return view;
        } finally {
            opened.forEach(Subscription::close);
        }
    }

    /**
     * Like {@link #send(Object, Awaited, Awaited[])}, but a write the read model does not show in time
     * still answers: with {@code whenLate}, the view built from the command itself. The write is stored
     * by then, so answering an error would invite a retry that writes it twice.
     */
    public <V> V sendOr(Object command, Awaited<V> answer, Supplier<V> whenLate, Awaited<?>... alsoAwaited) {
        return sendOr(command, answer, result -> whenLate.get(), alsoAwaited);
    }

    /** Like {@link #sendOr(Object, Awaited, Supplier, Awaited[])}, with the command's result (a new aggregate's id). */
    public <V> V sendOr(Object command, Awaited<V> answer, Function<Object, V> whenLate, Awaited<?>... alsoAwaited) {
        AtomicReference<Object> result = new AtomicReference<>();
        try {
            return send(command, result, answer, alsoAwaited);
        } catch (ReadModelLagException late) {
            log.warn("Read model late for {}: answering from the command", answer.query());
            return whenLate.apply(result.get());
        }
    }

    /**
     * For a creation whose id only the command's result names (a sequence handed it out): sends the command,
     * then waits for the view {@code awaitedFor} names from that result. Waiting from then on misses nothing:
     * a subscription query registers for updates before it runs its initial query, and projections announce a
     * row only once it is committed. A read model late beyond the timeout answers {@code whenLate}, built from
     * the result, since the write is stored by then.
     */
    public <V> V sendThenAwait(Object command, Function<Object, Awaited<V>> awaitedFor, Function<Object, V> whenLate) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object result = commands.sendAndWait(command);
        Awaited<V> awaited = awaitedFor.apply(result);
        Subscription<V> subscription = open(awaited);
        try {
            return subscription.await(deadline);
        } catch (ReadModelLagException late) {
            log.warn("Read model late for {}: answering from the command", awaited.query());
            return whenLate.apply(result);
        } finally {
            subscription.close();
        }
    }

    /**
     * Waits, sending nothing, until the read model shows {@code awaited}: for a write whose view is known only
     * from its command's result (a creation that found an existing aggregate, a version reached). The
     * subscription's first answer is read after it is registered, so a view written before this call is found
     * and one written after it is pushed.
     */
    public <V> V await(Awaited<V> awaited) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Subscription<V> subscription = open(awaited);
        try {
            return subscription.await(deadline);
        } finally {
            subscription.close();
        }
    }

    private <V> Subscription<V> open(Awaited<V> awaited) {
        Supplier<Optional<V>> reread = () -> queries.query(awaited.query(),
                ResponseTypes.optionalInstanceOf(awaited.viewType())).join();
        if (awaited.projected() != null) {
            Projected.Expectation<V> expectation = awaited.projected().expect(awaited.key());
            return new Subscription<>(awaited, expectation::future, expectation, reread, localProjections::allHere);
        }
        SubscriptionQueryResult<Optional<V>, V> result = queries.subscriptionQuery(awaited.query(),
                ResponseTypes.optionalInstanceOf(awaited.viewType()), ResponseTypes.instanceOf(awaited.viewType()));
        // Subscribed only once the command has run: the initial result must not be the view from before it.
        Supplier<CompletableFuture<V>> pushed = () -> Flux.concat(result.initialResult().flatMap(Mono::justOrEmpty),
                        result.updates())
                .filter(awaited.ready())
                .next()
                .toFuture();
        return new Subscription<>(awaited, pushed, result::close, reread, localProjections::allHere);
    }

    private record Subscription<V>(Awaited<V> awaited, Supplier<CompletableFuture<V>> pushedView,
            AutoCloseable closing, Supplier<Optional<V>> reread, BooleanSupplier pushedHere) {

        /** The first ready view pushed to this node, or re-read on this thread when none came for a while. */
        V await(long deadline) {
            CompletableFuture<V> pushed = pushedView.get();
            try {
                for (int tick = 1; ; tick++) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new ReadModelLagException(awaited.query().toString());
                    }
                    boolean rereadNow;
                    try {
                        V view = pushed.get(Math.min(left, RECHECK_EVERY.toNanos()), TimeUnit.NANOSECONDS);
                        if (view != null) {
                            return view;
                        }
                        if (awaited.projected() == null) {
                            throw new ReadModelLagException(awaited.query().toString());
                        }
                        // Another node's projection wrote it: read it from the shared read model, then poll.
                        pushed = new CompletableFuture<>();
                        rereadNow = true;
                    } catch (TimeoutException notYet) {
                        // A signalled view never comes for a write that stored nothing new (a retried
                        // message already stored): the first tick looks it up.
                        boolean firstSignalledTick = tick == 1 && awaited.projected() != null;
                        rereadNow = firstSignalledTick || tick % RECHECK_ANYWAY_EVERY == 0
                                || !pushedHere.getAsBoolean();
                    }
                    if (rereadNow) {
                        Optional<V> current = reread.get().filter(awaited.ready());
                        if (current.isPresent()) {
                            return current.get();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadModelLagException(awaited.query().toString());
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(failed.getCause());
            } finally {
                pushed.cancel(false);
            }
        }

        void close() {
            try {
                closing.close();
            } catch (Exception e) {
                log.warn("Closing a read-your-writes wait failed", e);
            }
        }
    }
}
