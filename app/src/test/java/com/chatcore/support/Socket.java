package com.chatcore.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** A test's WebSocket client: frames land in a queue and are polled with a timeout. */
public final class Socket implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private Socket(URI uri) {
        this.socket = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener()).join();
    }

    public static Socket open(int port, String pathAndQuery) {
        return new Socket(URI.create("ws://localhost:" + port + pathAndQuery));
    }

    /** The HTTP status that refused the handshake. */
    public static int refusal(int port, String pathAndQuery) {
        try {
            new Socket(URI.create("ws://localhost:" + port + pathAndQuery)).close();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        throw new AssertionError("the handshake was accepted: " + pathAndQuery);
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public JsonNode next() {
        JsonNode frame = poll(Duration.ofSeconds(20));
        assertThat(frame).as("a frame within 20 s").isNotNull();
        return frame;
    }

    /** The next frame, or null when none arrives within {@code wait}. */
    public JsonNode poll(Duration wait) {
        try {
            return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next frame that matches, skipping frames caused by other tests' events. */
    public JsonNode next(Predicate<JsonNode> wanted) {
        while (true) {
            JsonNode frame = next();
            if (wanted.test(frame)) {
                return frame;
            }
        }
    }

    /**
     * Every frame the server sends before it answers a heartbeat sent now. The answer follows a resume's
     * replayed frames, so after a resume these are exactly the frames replayed so far and since.
     */
    public List<JsonNode> framesUntilPong() {
        send("{\"type\": \"heartbeat\"}");
        List<JsonNode> frames = new ArrayList<>();
        for (JsonNode frame = next(); !"pong".equals(frame.path("type").asString(null)); frame = next()) {
            frames.add(frame);
        }
        return frames;
    }

    /** The status code the server closed the socket with. */
    public int closedWith() {
        return closedWithin(Duration.ofSeconds(20));
    }

    public int closedWithin(Duration wait) {
        try {
            return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the server did not close the socket within " + wait, e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null).join();
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }
}
