package com.chatcore.support;

import io.socket.client.IO;
import io.socket.client.Socket;
import org.json.JSONArray;
import org.json.JSONObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real Socket.IO client (io.socket's Java client, Engine.IO v4 as socket.io-client 4.x) connected to the test
 * server, keeping every event it receives in order until the test takes it; one test thread reads it.
 */
public final class SocketIoClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** One event the server sent: its name and first argument as JSON (null when it had none). */
    public record Event(String name, JsonNode data) {
    }

    private final Socket socket;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    // Events received while the test waited for another, in order: a later call may want them.
    private final List<Event> unclaimed = new ArrayList<>();

    private SocketIoClient(Socket socket) {
        this.socket = socket;
    }

    /** Connects to {@code namespace} with {@code auth: {token}} (null: no auth), over polling then WebSocket. */
    public static SocketIoClient connect(int port, String namespace, String token) {
        return connect(port, namespace, token, null);
    }

    public static SocketIoClient connect(int port, String namespace, String token, String[] transports) {
        return connect(port, namespace, token == null ? Map.of() : Map.of("token", token), null, transports);
    }

    /** Connects with this handshake {@code auth} and {@code query} (null: none), as a reconnecting client does. */
    public static SocketIoClient connect(int port, String namespace, Map<String, ?> auth, String query,
            String[] transports) {
        // The Java client types auth as strings, but hands the map to org.json, which keeps a number a number, as
        // socket.io-client (JavaScript) sends {last_event_id: 101}.
        @SuppressWarnings("unchecked")
        Map<String, String> raw = (Map<String, String>) (Map<String, ?>) Map.copyOf(auth);
        IO.Options options = IO.Options.builder().setForceNew(true).setReconnection(false)
                .setAuth(raw).setQuery(query).setTransports(transports).build();
        Socket socket = IO.socket(URI.create("http://localhost:" + port + namespace), options);
        SocketIoClient client = new SocketIoClient(socket);
        CountDownLatch connected = new CountDownLatch(1);
        socket.on(Socket.EVENT_CONNECT, args -> connected.countDown());
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> client.events.add(new Event("connect_error", json(args))));
        socket.on(Socket.EVENT_DISCONNECT, args -> client.events.add(new Event("disconnect", null)));
        socket.onAnyIncoming(args -> client.events.add(new Event((String) args[0],
                json(java.util.Arrays.copyOfRange(args, 1, args.length)))));
        socket.connect();
        try {
            if (!connected.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                socket.close();
                throw new AssertionError("no Socket.IO connection: " + client.events);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return client;
    }

    private static JsonNode json(Object[] args) {
        if (args.length == 0 || args[0] == null) {
            return null;
        }
        Object value = args[0];
        String text = value instanceof JSONObject || value instanceof JSONArray ? value.toString()
                : JSONObject.valueToString(value);
        return JSON.readTree(text);
    }

    public void emit(String event, Object data) {
        socket.emit(event, data instanceof Map<?, ?> map ? new JSONObject(map) : data);
    }

    /**
     * Sends {@code event} with an acknowledgement, again every 200 ms, until the server answers: it registers a
     * connection's events (and joins its rooms) only after telling the client it is connected, so an event sent at
     * once may find no one listening.
     */
    public void awaitAnswer(String event, Map<String, ?> data) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                CountDownLatch answered = new CountDownLatch(1);
                socket.emit(event, new Object[] {new JSONObject(data)}, args -> answered.countDown());
                if (answered.await(200, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no answer to '" + event + "'");
    }

    /** The first event named {@code name} not taken yet (others stay for later calls); fails after a while. */
    public Event next(String name) {
        Event event = poll(name, WAIT);
        if (event == null) {
            throw new AssertionError("no '" + name + "' event; unclaimed: " + unclaimed);
        }
        return event;
    }

    /** The first event named {@code name} not taken yet, waiting at most {@code wait}; null when none came. */
    public Event poll(String name, Duration wait) {
        for (Event event : unclaimed) {
            if (event.name().equals(name)) {
                unclaimed.remove(event);
                return event;
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && event.name().equals(name)) {
                    return event;
                }
                if (event != null) {
                    unclaimed.add(event);
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
