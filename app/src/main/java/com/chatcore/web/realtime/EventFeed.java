package com.chatcore.web.realtime;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * This node's reader of the event store: every event, from any node, becomes frames for the sockets
 * open here. Resumed sockets catch up on a stream of their own.
 */
@Component
class EventFeed implements SmartLifecycle {

    static final long RESUME_WINDOW = 10_000;
    private static final Logger log = LoggerFactory.getLogger(EventFeed.class);

    // The event store, seen as a stream source: web adapters never touch it otherwise.
    private final StreamableMessageSource<TrackedEventMessage<?>> eventStore;
    private final Frames frames;
    private final ChatHolders holders;
    private final RealtimeHub hub;
    private final ExecutorService catchUps = Executors.newCachedThreadPool(daemon("realtime-catch-up"));
    private volatile Thread reader;
    private volatile boolean running;
    private volatile long position = -1;

    EventFeed(StreamableMessageSource<TrackedEventMessage<?>> eventStore, Frames frames, ChatHolders holders,
            RealtimeHub hub) {
        this.eventStore = eventStore;
        this.frames = frames;
        this.holders = holders;
        this.hub = hub;
    }

    @Override
    public void start() {
        TrackingToken head = eventStore.createHeadToken();
        position = head == null ? -1 : head.position().orElse(-1);
        running = true;
        reader = daemon("realtime-feed").newThread(() -> read(head));
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
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(from)) {
                while (running) {
                    if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        TrackedEventMessage<?> event = stream.nextAvailable();
                        from = event.trackingToken();
                        holders.track(event.getPayload());
                        // Set before publishing: a resume that reads it after registering misses nothing.
                        position = Math.max(position, Frames.positionOf(event));
                        if (hub.hasSubscribers()) {
                            hub.publish(frames.of(event));
                        }
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

    /**
     * Sends the subscriber every frame for it after {@code lastEventId}, then lets its buffered live
     * frames through. The subscriber must already be registered with the hub and catching up.
     */
    void catchUp(Subscriber subscriber, long lastEventId) {
        long upTo = position;
        if (upTo - lastEventId > RESUME_WINDOW) {
            subscriber.send(Map.of("type", "error", "message", "resume window exceeded"));
            subscriber.endCatchUp();
            return;
        }
        if (upTo <= lastEventId) {
            subscriber.endCatchUp();
            return;
        }
        catchUps.execute(() -> {
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(tokenAt(lastEventId))) {
                while (stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    long at = Frames.positionOf(event);
                    if (at > lastEventId && at <= upTo) {
                        frames.of(event).stream().filter(f -> subscriber.audience().receives(f))
                                .forEach(subscriber::caughtUp);
                    }
                    if (at >= upTo) {
                        break;
                    }
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
