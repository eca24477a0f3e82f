package com.chatcore.web.socketio;

import io.socket.socketio.server.SocketIoSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes to Socket.IO connections, each connection's in the order given, none waiting on another connection. A
 * long-polling connection's lock is held while the engine reads its client's request and runs its events: as long
 * as that client takes to send its body. A thread writing there waits that long, so one push thread writing to every
 * connection in turn would hold up everyone's pushes behind one slow (or deliberately slow) client. Here each
 * connection's writes run one after the other on a shared pool; a connection with nothing to write holds nothing.
 */
final class ConnectionWrites {

    private static final Logger log = LoggerFactory.getLogger(ConnectionWrites.class);
    private static final CompletableFuture<Void> NOTHING_PENDING = CompletableFuture.completedFuture(null);

    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "socketio-write");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentHashMap<SocketIoSocket, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();

    /** Runs {@code write} after the connection's earlier writes, on the pool. */
    void to(SocketIoSocket socket, Runnable write) {
        CompletableFuture<Void> queued = pending.compute(socket, (key, last) ->
                (last == null ? NOTHING_PENDING : last).thenRunAsync(() -> run(socket, write), pool));
        queued.whenComplete((done, failure) -> pending.remove(socket, queued));
    }

    void shutdown() {
        pool.shutdownNow();
    }

    private static void run(SocketIoSocket socket, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            log.debug("Socket.IO write to {} failed", socket.getId(), e);
        }
    }
}
