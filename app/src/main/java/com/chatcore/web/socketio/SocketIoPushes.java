package com.chatcore.web.socketio;

import com.chatcore.web.realtime.FeedHistory;
import com.chatcore.web.realtime.LiveEvent;
import com.chatcore.web.realtime.LiveEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Socket.IO's share of this node's event feed. Each live event goes, in event_id order, to one push thread
 * ({@code socketio-push}), which keeps it for the resume window and has every {@link SocketPush} push it to rooms. A
 * connection that resumes is caught up on that same thread, from the same events through the same pushes, to it
 * alone: as the thread does one thing at a time, the catch-up brings exactly the events pushed before it, and live
 * pushes (which skip the connection until then) bring the rest.
 */
@Component
class SocketIoPushes implements LiveEventListener {

    private static final Logger log = LoggerFactory.getLogger(SocketIoPushes.class);
    private static final String RESUME_FAILED = "resume failed";
    // A resume in a node's first seconds waits for its feed to read the window; nothing is pushed meanwhile anyway.
    private static final Duration WARM_UP_WAIT = Duration.ofSeconds(30);

    private final ChatSockets sockets;
    private final List<SocketPush> pushes;
    private final FeedHistory feed;
    private final PushHistory history = new PushHistory(FeedHistory.RESUME_WINDOW);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread pushThread = new Thread(runnable, "socketio-push");
        pushThread.setDaemon(true);
        return pushThread;
    });

    SocketIoPushes(ChatSockets sockets, List<SocketPush> pushes, FeedHistory feed) {
        this.sockets = sockets;
        this.pushes = pushes;
        this.feed = feed;
    }

    @Override
    public void on(LiveEvent event) {
        later(() -> live(event));
    }

    /** Sends the connection what it missed after {@code after}, then lets live pushes reach it. */
    void catchUp(ChatSocket socket, long after) {
        later(() -> {
            try {
                replay(socket, after);
            } catch (RuntimeException e) {
                log.warn("Socket.IO catch-up of user {} failed", socket.caller().userId(), e);
                socket.emit("error", ChatSocket.error(RESUME_FAILED));
            } finally {
                sockets.caughtUp(socket);
            }
        });
    }

    private void live(LiveEvent event) {
        history.add(event);
        if (sockets.anyConnected()) {
            push(event, (rooms, name, payload) -> sockets.toRooms(rooms, name, payload, event.eventId()));
        }
    }

    private void replay(ChatSocket socket, long after) {
        try {
            if (!feed.awaitWarmUp(WARM_UP_WAIT)) {
                socket.emit("error", ChatSocket.error(RESUME_FAILED));
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (Math.max(feed.liveAfter(), history.highest()) - after > FeedHistory.RESUME_WINDOW) {
            socket.emit("error", ChatSocket.error(FeedHistory.WINDOW_EXCEEDED));
            return;
        }
        Set<String> rooms = Set.copyOf(ChatSockets.accountRooms(socket.caller()));
        Stream.concat(feed.readBeforeLive(after).stream(), history.after(after).stream()).forEach(event ->
                push(event, (to, name, payload) -> {
                    if (to.stream().anyMatch(rooms::contains)) {
                        sockets.sendPush(socket, name, payload, event.eventId());
                    }
                }));
    }

    private void push(LiveEvent event, SocketPush.Sink sink) {
        for (SocketPush push : pushes) {
            try {
                push.push(event, sink);
            } catch (RuntimeException e) {
                log.warn("Socket.IO push {} failed on event {}", push, event.eventId(), e);
            }
        }
    }

    private void later(Runnable work) {
        thread.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Socket.IO push failed", e);
            }
        });
    }

    @PreDestroy
    void shutdown() {
        thread.shutdownNow();
    }
}
