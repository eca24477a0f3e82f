package com.chatcore.faults;

import com.chatcore.support.Socket;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real-time client that loses its socket now and then and reconnects to the next node with the
 * event_id of the last frame it received, as REALTIME.md's resume asks. It keeps every frame of every
 * connection, so a gap or a repeat at a reconnection shows in {@link #frames}.
 */
final class HoppingSocket implements AutoCloseable {

    private static final Duration QUIET = Duration.ofSeconds(20);

    private final ThreeNodes nodes;
    private final String path;
    private final List<JsonNode> frames = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private Socket socket;
    private int node;
    private long lastEventId = -1;
    private int connections;

    private HoppingSocket(ThreeNodes nodes, int node, String path) {
        this.nodes = nodes;
        this.node = node;
        this.path = path;
    }

    /** Connected to {@code node}, live only; answers once the server has the socket (its heartbeat answered). */
    static HoppingSocket open(ThreeNodes nodes, int node, String path) {
        HoppingSocket client = new HoppingSocket(nodes, node, path);
        client.socket = Socket.open(nodes.node(node).port(), path);
        client.connections++;
        client.socket.framesUntilPong().forEach(client::keep);
        return client;
    }

    void disconnect() {
        socket.close();
        socket = null;
    }

    /** Reconnects to the next node, resuming after the last event_id received. */
    void reconnect() {
        node++;
        String resume = (path.contains("?") ? "&" : "?") + "last_event_id=" + lastEventId;
        socket = Socket.open(nodes.node(node).port(), path + resume);
        connections++;
        log.add("connection " + connections + " to node " + Math.floorMod(node, 3) + " after " + lastEventId);
    }

    /** Reads frames until {@code count} more match {@code wanted}; fails when the server goes quiet first. */
    void await(int count, Predicate<JsonNode> wanted) {
        for (int seen = 0; seen < count; ) {
            if (wanted.test(keep(socket.next()))) {
                seen++;
            }
        }
    }

    /** Reads frames until {@code done} holds for those kept, or until none comes for 20 s. */
    void readUntil(Predicate<List<JsonNode>> done) {
        Instant quietSince = Instant.now();
        while (!done.test(frames) && Duration.between(quietSince, Instant.now()).compareTo(QUIET) < 0) {
            JsonNode frame = socket.poll(Duration.ofMillis(500));
            if (frame != null) {
                keep(frame);
                quietSince = Instant.now();
            }
        }
    }

    /** The frames the server still sends before it answers a heartbeat sent now (kept as well). */
    List<JsonNode> framesUntilPong() {
        List<JsonNode> more = socket.framesUntilPong();
        more.forEach(this::keep);
        return more;
    }

    List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    /** Each connection and the event ids of the frames it brought, to read when an assertion fails. */
    String history() {
        return String.join("\n", log);
    }

    int connections() {
        return connections;
    }

    private JsonNode keep(JsonNode frame) {
        frames.add(frame);
        log.add("  " + frame.path("event_id").asLong(-1) + " " + frame.path("type").asString("")
                + " " + frame.path("room_id").asString("") + " " + frame.path("message").path("id").asString(""));
        if (frame.has("event_id")) {
            lastEventId = frame.get("event_id").asLong();
        }
        return frame;
    }

    @Override
    public void close() {
        if (socket != null) {
            disconnect();
        }
    }
}
