package com.chatcore.web.socketio;

import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoWebSocket;
import io.socket.engineio.server.utils.ParseQS;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

/**
 * One Engine.IO WebSocket on Tomcat's JSR-356 container. Writes go out through a bounded outbox, one at a time,
 * so no pushing thread waits on a slow client; one that falls {@value #MAX_OUTBOX} packets behind is closed (its
 * client reconnects).
 */
final class EngineWebSocket extends EngineIoWebSocket {

    private static final Logger log = LoggerFactory.getLogger(EngineWebSocket.class);
    static final int MAX_OUTBOX = 1_000;
    private static final long SEND_TIMEOUT_MILLIS = 5_000;

    private final Session session;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;
    private final ArrayDeque<Object> outbox = new ArrayDeque<>();
    private boolean writing;

    private EngineWebSocket(Session session, Map<String, String> query, Map<String, List<String>> headers) {
        this.session = session;
        this.query = query;
        this.headers = headers;
        session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MILLIS);
    }

    @Override
    public Map<String, String> getQuery() {
        return query;
    }

    @Override
    public Map<String, List<String>> getConnectionHeaders() {
        return headers;
    }

    @Override
    public void write(String message) throws IOException {
        enqueue(message);
    }

    @Override
    public void write(byte[] message) throws IOException {
        enqueue(message);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException | IllegalStateException e) {
            log.debug("Socket.IO socket {} already closed", session.getId(), e);
        }
    }

    private synchronized void enqueue(Object message) {
        if (!session.isOpen()) {
            return;
        }
        if (outbox.size() >= MAX_OUTBOX) {
            outbox.clear();
            closeWith(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too far behind");
            return;
        }
        outbox.add(message);
        pump();
    }

    private void pump() {
        if (writing || outbox.isEmpty() || !session.isOpen()) {
            return;
        }
        writing = true;
        Object next = outbox.poll();
        SendHandler done = this::written;
        try {
            if (next instanceof String text) {
                session.getAsyncRemote().sendText(text, done);
            } else {
                session.getAsyncRemote().sendBinary(ByteBuffer.wrap((byte[]) next), done);
            }
        } catch (IllegalStateException e) {
            writing = false;
            closeWith(CloseReason.CloseCodes.TRY_AGAIN_LATER, "send failed");
        }
    }

    private synchronized void written(SendResult result) {
        writing = false;
        if (result.isOK()) {
            pump();
        } else {
            outbox.clear();
            closeWith(CloseReason.CloseCodes.TRY_AGAIN_LATER, "send failed");
        }
    }

    private void closeWith(CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException | IllegalStateException e) {
            log.debug("Socket.IO socket {} already closed", session.getId(), e);
        }
    }

    /** The container's side: hands each frame to the engine, and the socket's end. */
    static final class Endpoint extends jakarta.websocket.Endpoint {

        private final EngineIoServer engine;
        private final String query;
        private final Map<String, List<String>> headers;
        private EngineWebSocket socket;

        Endpoint(EngineIoServer engine, String query, Map<String, List<String>> headers) {
            this.engine = engine;
            this.query = query;
            this.headers = headers;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            socket = new EngineWebSocket(session, query == null ? Map.of() : ParseQS.decode(query), headers);
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> socket.emit("message", text));
            session.addMessageHandler(byte[].class, (MessageHandler.Whole<byte[]>) data -> socket.emit("message", data));
            engine.handleWebSocket(socket);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            socket.emit("close");
        }

        @Override
        public void onError(Session session, Throwable failure) {
            socket.emit("error", "write error", failure.getMessage());
        }
    }
}
