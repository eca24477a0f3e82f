package com.chatcore.web.realtime;

import com.chatcore.api.events.FindEventPositionQuery;
import com.chatcore.api.user.UserDeactivatedEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * This node's reader of the event store: every event, from any node, becomes frames for the sockets
 * open here. It starts {@value #RESUME_WINDOW} events back, silently, so that {@link StreamState}
 * knows how things stood at any event a client may resume from, and keeps those events
 * ({@link RecentEvents}) for resumed sockets to catch up from.
 */
@Component
class EventFeed implements SmartLifecycle, FeedHistory {

    private static final long FORGET_EVERY = 1_000;
    private static final Logger log = LoggerFactory.getLogger(EventFeed.class);

    // The event store, seen as a stream source: web adapters never touch it otherwise.
    private final StreamableMessageSource<TrackedEventMessage<?>> eventStore;
    private final Frames frames;
    private final StreamState state;
    private final RealtimeHub hub;
    private final QueryGateway queries;
    private final ObjectProvider<LiveEventListener> listeners;
    private List<LiveEventListener> live = List.of();
    private final ExecutorService catchUps = Executors.newCachedThreadPool(daemon("realtime-catch-up"));
    private final CountDownLatch warmedUp = new CountDownLatch(1);
    private final InOrderRelease inOrder = new InOrderRelease(InOrderRelease.GAP_WAIT);
    private final RecentEvents recent = new RecentEvents(RESUME_WINDOW);
    private volatile Thread reader;
    private volatile boolean running;
    private volatile long position = -1;
    private volatile long liveAfter = -1;
    private long read;

    EventFeed(StreamableMessageSource<TrackedEventMessage<?>> eventStore, Frames frames, StreamState state,
            RealtimeHub hub, QueryGateway queries, ObjectProvider<LiveEventListener> listeners) {
        this.eventStore = eventStore;
        this.listeners = listeners;
        this.queries = queries;
        this.frames = frames;
        this.state = state;
        this.hub = hub;
    }

    @Override
    public void start() {
        live = listeners.orderedStream().toList();
        TrackingToken head = eventStore.createHeadToken();
        liveAfter = head == null ? -1 : head.position().orElse(-1);
        position = liveAfter;
        inOrder.liveAfter(liveAfter);
        TrackingToken from = liveAfter - RESUME_WINDOW < 0 ? null : tokenAt(liveAfter - RESUME_WINDOW);
        if (liveAfter < 0) {
            warmedUp.countDown();
        }
        running = true;
        reader = daemon("realtime-feed").newThread(() -> read(from));
        reader.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = reader;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        catchUps.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void read(TrackingToken from) {
        while (running) {
            StreamPositions positions = new StreamPositions(this::storedPosition);
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(from)) {
                while (running) {
                    if (stream.hasNextAvailable(inOrder.isHolding() ? 50 : 1000, TimeUnit.MILLISECONDS)) {
                        TrackedEventMessage<?> event = stream.nextAvailable();
                        from = event.trackingToken();
                        handle(event, positions.of(event));
                    } else {
                        warmedUp.countDown();
                        inOrder.releaseDue(this::publish);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Real-time feed failed; reopening the event stream", e);
                }
            }
        }
    }

    private void handle(TrackedEventMessage<?> event, long at) {
        state.track(event, at);
        recent.add(event, at);
        if (++read % FORGET_EVERY == 0) {
            state.forgetBefore(at - 2 * RESUME_WINDOW);
        }
        if (at <= liveAfter) {
            if (at == liveAfter) {
                warmedUp.countDown();
            }
            return;
        }
        warmedUp.countDown();
        inOrder.add(event, at);
        inOrder.release(event.trackingToken(), this::publish);
    }

    private void publish(TrackedEventMessage<?> event, long at) {
        // Set before publishing: a resume that reads it after registering misses nothing.
        position = Math.max(position, at);
        if (hub.hasSubscribers()) {
            hub.publish(frames.of(event, at, hub::listeningAgents));
            if (event.getPayload() instanceof UserDeactivatedEvent deactivated) {
                hub.closeSocketsOf(deactivated.userId());
            }
        }
        if (!live.isEmpty()) {
            LiveEvent liveEvent = new LiveEvent(event.getPayload(), at, event.getTimestamp(), state);
            for (LiveEventListener listener : live) {
                try {
                    listener.on(liveEvent);
                } catch (RuntimeException e) {
                    log.warn("Live event listener {} failed on event {}", listener, at, e);
                }
            }
        }
    }

    /**
     * Sends the subscriber every frame for it after {@code lastEventId}, then lets its buffered live
     * frames through. The subscriber must already be registered with the hub and catching up.
     */
    void catchUp(Subscriber subscriber, long lastEventId) {
        catchUps.execute(() -> {
            try {
                if (!warmedUp.await(30, TimeUnit.SECONDS)) {
                    subscriber.send(Map.of("type", "error", "message", "resume failed"));
                    return;
                }
                long upTo = position;
                if (upTo - lastEventId > RESUME_WINDOW) {
                    subscriber.send(Map.of("type", "error", "message", WINDOW_EXCEEDED));
                } else if (upTo > lastEventId) {
                    replay(subscriber, lastEventId, upTo);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Real-time catch-up failed", e);
                subscriber.send(Map.of("type", "error", "message", "resume failed"));
            } finally {
                subscriber.endCatchUp();
            }
        });
    }

    private void replay(Subscriber subscriber, long lastEventId, long upTo) {
        Long agentId = subscriber.audience().agentId();
        Set<Long> listening = agentId == null ? Set.of() : Set.of(agentId);
        for (RecentEvents.Recent event : recent.between(lastEventId, upTo)) {
            frames.of(event.event(), event.at(), () -> listening).stream()
                    .filter(frame -> subscriber.audience().receives(frame)).forEach(subscriber::caughtUp);
        }
    }

    @Override
    public boolean awaitWarmUp(Duration wait) throws InterruptedException {
        return warmedUp.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public long liveAfter() {
        return liveAfter;
    }

    @Override
    public List<LiveEvent> readBeforeLive(long after) {
        return recent.between(after, liveAfter).stream().map(recent -> new LiveEvent(recent.event().getPayload(),
                recent.at(), recent.event().getTimestamp(), state)).toList();
    }

    private long storedPosition(String eventIdentifier) {
        return queries.query(new FindEventPositionQuery(eventIdentifier), ResponseTypes.optionalInstanceOf(Long.class))
                .join().orElseThrow(() -> new IllegalStateException("event " + eventIdentifier + " is not stored"));
    }

    private TrackingToken tokenAt(long index) {
        TrackingToken head = eventStore.createHeadToken();
        if (head instanceof GapAwareTrackingToken) {
            return GapAwareTrackingToken.newInstance(index, Collections.emptySet());
        }
        return new GlobalSequenceTrackingToken(index);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
