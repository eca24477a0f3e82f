package com.chatcore.web.realtime;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On shutdown, closes this node's sockets with 1001 (going away) and a resume hint, before the web
 * server's graceful shutdown waits for requests: the clients reconnect to another node (or this one once
 * restarted) with their last {@code event_id} and miss nothing. Without it they saw 1006 (no close frame).
 */
@Component
class SocketsShutdown implements SmartLifecycle {

    /** Stops just before Spring Boot's graceful shutdown ({@code DEFAULT_PHASE - 1024}). */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1023;

    private final RealtimeHub hub;
    private volatile boolean running;

    SocketsShutdown(RealtimeHub hub) {
        this.hub = hub;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        hub.closeAllGoingAway();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
