package com.chatcore.web.socketio;

import com.chatcore.web.realtime.LiveEvent;
import com.chatcore.web.realtime.LiveEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Socket.IO's share of this node's event feed. Each live event goes, in event_id order, to one push thread
 * ({@code socketio-push}), where every {@link SocketPush} works out its pushes, each with the event's id.
 */
@Component
class SocketIoPushes implements LiveEventListener {

    private static final Logger log = LoggerFactory.getLogger(SocketIoPushes.class);

    private final ChatSockets sockets;
    private final List<SocketPush> pushes;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread pushThread = new Thread(runnable, "socketio-push");
        pushThread.setDaemon(true);
        return pushThread;
    });

    SocketIoPushes(ChatSockets sockets, List<SocketPush> pushes) {
        this.sockets = sockets;
        this.pushes = pushes;
    }

    @Override
    public void on(LiveEvent event) {
        later(() -> live(event));
    }

    private void live(LiveEvent event) {
        if (sockets.anyConnected()) {
            push(event, (rooms, name, payload) -> sockets.toRooms(rooms, name, payload, event.eventId()));
        }
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
