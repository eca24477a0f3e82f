package com.chatcore.web.socketio;

import com.chatcore.api.user.Role;
import com.chatcore.security.AccessTokens;
import com.chatcore.security.Caller;
import jakarta.annotation.PreDestroy;
import io.socket.socketio.server.SocketIoServer;
import io.socket.socketio.server.SocketIoSocket;
import org.json.JSONArray;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Socket.IO connections of this node, on namespaces {@code /} and {@code /chat} (seed 001's client uses both).
 * A connection authenticates with its handshake's {@code auth.token} (raw or {@code Bearer}/{@code Token}
 * prefixed; {@code ?token=} also works) exactly as REST does; a bad one gets {@code auth-error} and is
 * disconnected. Each connection joins its account's room, and staff the agents' room. The library's rooms are
 * not thread-safe, so every room change and write happens under one lock; writes never block (each WebSocket
 * has its own outbox), and pushes run on their own thread, never on the event feed's.
 */
@Component
public class ChatSockets implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);
    static final List<String> NAMESPACES = List.of("/", "/chat");
    public static final String AGENTS = "support-agents";
    static final String AUTH_FAILED = "Token inválido o expirado";

    private final SocketIoServer server;
    private final AccessTokens tokens;
    private final JsonMapper json;
    private final ObjectProvider<SocketIoHandler> handlers;
    private final Object lock = new Object();
    private final Map<String, ChatSocket> connected = new ConcurrentHashMap<>();
    private volatile Thread pushThread;
    private final ExecutorService pushes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "socketio-push");
        thread.setDaemon(true);
        pushThread = thread;
        return thread;
    });

    ChatSockets(SocketIoServer server, AccessTokens tokens, JsonMapper json, ObjectProvider<SocketIoHandler> handlers) {
        this.server = server;
        this.tokens = tokens;
        this.json = json;
        this.handlers = handlers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String name : NAMESPACES) {
            server.namespace(name).on("connection", args -> connected((SocketIoSocket) args[0]));
        }
    }

    /** The room of an account's every connection. */
    public static String userRoom(long userId) {
        return "user:" + userId;
    }

    private void connected(SocketIoSocket socket) {
        Optional<Caller> caller = tokens.callerOf(HandshakeToken.of(socket));
        if (caller.isEmpty()) {
            refuse(socket, "auth-error");
            return;
        }
        ChatSocket chat = new ChatSocket(socket, caller.get(), this);
        connected.put(socket.getId() + socket.getNamespace().getName(), chat);
        socket.on("disconnect", args -> connected.remove(socket.getId() + socket.getNamespace().getName()));
        join(chat, userRoom(caller.get().userId()));
        if (caller.get().is(Role.AGENT) || caller.get().is(Role.SUPERUSER)) {
            join(chat, AGENTS);
        }
        handlers.orderedStream().forEach(handler -> handler.connected(chat));
    }

    List<ChatSocket> connections() {
        return List.copyOf(connected.values());
    }

    /** Tells the connection {@code event {message}} (its token is no good) and disconnects it. */
    void refuse(SocketIoSocket socket, String event) {
        synchronized (lock) {
            socket.send(event, toJson(ChatSocket.error(AUTH_FAILED)));
            socket.disconnect(false);
        }
    }

    /** Whether any Socket.IO connection is open on this node. */
    public boolean anyConnected() {
        return !connected.isEmpty();
    }

    /** Runs {@code work} (which may read the read models) on the push thread, after the pushes queued before it. */
    public void later(Runnable work) {
        pushes.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Socket.IO push failed", e);
            }
        });
    }

    /** Sends {@code event} to every connection in any of {@code rooms} (once each), on the push thread. */
    public void toRooms(List<String> rooms, String event, Object payload) {
        if (rooms.isEmpty() || connected.isEmpty()) {
            return;
        }
        Object body = toJson(payload);
        String[] names = rooms.toArray(String[]::new);
        Runnable push = () -> {
            synchronized (lock) {
                for (String name : NAMESPACES) {
                    server.namespace(name).broadcast(names, event, new Object[] {body});
                }
            }
        };
        if (Thread.currentThread() == pushThread) {
            push.run();
        } else {
            later(push);
        }
    }

    void send(ChatSocket socket, String event, Object payload) {
        Object body = toJson(payload);
        synchronized (lock) {
            socket.socket().send(event, body);
        }
    }

    /** Sends {@code event} to the other connections in {@code room}, of every namespace, on this node (typing). */
    void fromSocket(ChatSocket socket, String room, String event, Object payload) {
        Object body = toJson(payload);
        String own = socket.socket().getNamespace().getName();
        synchronized (lock) {
            socket.socket().broadcast(room, event, body);
            for (String name : NAMESPACES) {
                if (!name.equals(own)) {
                    server.namespace(name).broadcast(room, event, body);
                }
            }
        }
    }

    void acknowledge(SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack, Object payload) {
        Object body = toJson(payload);
        synchronized (lock) {
            ack.sendAcknowledgement(body);
        }
    }

    void join(ChatSocket socket, String room) {
        synchronized (lock) {
            socket.socket().joinRoom(room);
        }
    }

    void leave(ChatSocket socket, String room) {
        synchronized (lock) {
            socket.socket().leaveRoom(room);
        }
    }

    JsonMapper json() {
        return json;
    }

    /** Our records as the org.json values the library encodes. */
    private Object toJson(Object payload) {
        if (payload == null) {
            return JSONObject.NULL;
        }
        String text = json.writeValueAsString(payload);
        if (text.startsWith("{")) {
            return new JSONObject(text);
        }
        if (text.startsWith("[")) {
            return new JSONArray(text);
        }
        return new JSONArray("[" + text + "]").get(0);
    }

    @PreDestroy
    void shutdown() {
        pushes.shutdownNow();
    }
}
