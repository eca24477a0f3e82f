package com.chatcore.web.socketio;

import com.chatcore.api.user.Role;
import com.chatcore.security.AccessTokens;
import com.chatcore.security.Caller;
import io.socket.socketio.server.SocketIoAdapter;
import io.socket.socketio.server.SocketIoServer;
import io.socket.socketio.server.SocketIoSocket;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Socket.IO connections of this node, on namespaces {@code /} and {@code /chat} (seed 001's client uses both).
 * A connection authenticates with its handshake's {@code auth.token} (raw or {@code Bearer}/{@code Token}
 * prefixed; {@code ?token=} also works) exactly as REST does; a bad one gets {@code auth-error} and is
 * disconnected. Each connection joins its account's room, and staff the agents' room; one that gives
 * {@code last_event_id} is caught up on what it missed there ({@link SocketIoPushes}). The library's rooms are
 * not thread-safe, so every room change and look-up happens under one lock, and writes after it (see
 * {@link #write}); every write is queued per connection ({@link ConnectionWrites}), so neither the push thread nor a
 * client's own thread ever waits on another connection.
 */
@Component
public class ChatSockets implements SmartInitializingSingleton {

    static final List<String> NAMESPACES = List.of("/", "/chat");
    public static final String AGENTS = "support-agents";
    static final String AUTH_FAILED = "Token inválido o expirado";

    private final SocketIoServer server;
    private final AccessTokens tokens;
    private final JsonMapper json;
    private final SocketJson toJson;
    private final ObjectProvider<SocketIoHandler> handlers;
    private final ObjectProvider<SocketIoPushes> pushes;
    private final Object lock = new Object();
    private final Map<String, ChatSocket> connected = new ConcurrentHashMap<>();
    private final ResumingSockets resuming = new ResumingSockets();
    private final ConnectionWrites writes = new ConnectionWrites();

    ChatSockets(SocketIoServer server, AccessTokens tokens, JsonMapper json, ObjectProvider<SocketIoHandler> handlers,
            ObjectProvider<SocketIoPushes> pushes) {
        this.server = server;
        this.tokens = tokens;
        this.json = json;
        this.toJson = new SocketJson(json);
        this.handlers = handlers;
        this.pushes = pushes;
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

    /** The rooms a connection joins as it connects, and catches up on when it resumes. */
    static List<String> accountRooms(Caller caller) {
        return caller.is(Role.AGENT) || caller.is(Role.SUPERUSER) ? List.of(userRoom(caller.userId()), AGENTS)
                : List.of(userRoom(caller.userId()));
    }

    private void connected(SocketIoSocket socket) {
        Optional<Caller> caller = tokens.callerOf(HandshakeToken.of(socket));
        if (caller.isEmpty()) {
            refuse(socket, "auth-error");
            return;
        }
        ChatSocket chat = new ChatSocket(socket, caller.get(), this);
        String key = key(socket);
        connected.put(key, chat);
        socket.on("disconnect", args -> {
            connected.remove(key);
            synchronized (lock) {
                resuming.remove(key);
            }
        });
        OptionalLong after = resumeFrom(chat);
        synchronized (lock) {
            // Skipped by live pushes from the moment it is in its rooms: its catch-up brings those.
            after.ifPresent(id -> resuming.add(key, id));
            accountRooms(caller.get()).forEach(socket::joinRoom);
        }
        handlers.orderedStream().forEach(handler -> handler.connected(chat));
        after.ifPresent(id -> pushes.getObject().catchUp(chat, id));
    }

    private static OptionalLong resumeFrom(ChatSocket socket) {
        try {
            return HandshakeResume.of(socket.socket());
        } catch (SocketRefusal e) {
            socket.emit("error", ChatSocket.error(e.getMessage()));
            return OptionalLong.empty();
        }
    }

    /** Its catch-up is over: live pushes reach the connection from now on (but those its client already has). */
    void caughtUp(ChatSocket socket) {
        synchronized (lock) {
            resuming.caughtUp(key(socket.socket()));
        }
    }

    List<ChatSocket> connections() {
        return List.copyOf(connected.values());
    }

    /** Tells the connection {@code event {message}} (its token is no good) and disconnects it. */
    void refuse(SocketIoSocket socket, String event) {
        Object body = toJson.of(ChatSocket.error(AUTH_FAILED));
        writes.to(socket, () -> {
            socket.send(event, body);
            socket.disconnect(false);
        });
    }

    /** Whether any Socket.IO connection is open on this node. */
    boolean anyConnected() {
        return !connected.isEmpty();
    }

    /** Pushes {@code event}, caused by event {@code eventId}, to each connection in any of {@code rooms}, once. */
    void toRooms(List<String> rooms, String event, Object payload, long eventId) {
        if (rooms.isEmpty()) {
            return;
        }
        List<SocketIoSocket> to;
        synchronized (lock) {
            to = members(rooms, resuming.skipping(eventId), null);
        }
        write(to, event, toJson.push(payload, eventId));
    }

    /** Pushes {@code event}, caused by event {@code eventId}, to this connection alone (its catch-up). */
    void sendPush(ChatSocket socket, String event, Object payload, long eventId) {
        write(List.of(socket.socket()), event, toJson.push(payload, eventId));
    }

    void send(ChatSocket socket, String event, Object payload) {
        write(List.of(socket.socket()), event, toJson.of(payload));
    }

    /**
     * Sends {@code event} to the other connections in {@code room}, of every namespace, on this node (typing). Never
     * from the client's own thread ({@link #write}): a long-polling client event runs holding its own connection's
     * lock, and two connections relaying to each other from there would each wait for the other's lock.
     */
    void fromSocket(ChatSocket socket, String room, String event, Object payload) {
        List<SocketIoSocket> to;
        synchronized (lock) {
            to = members(List.of(room), Set.of(), socket.socket());
        }
        write(to, event, toJson.of(payload));
    }

    void acknowledge(SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack, Object payload) {
        ack.sendAcknowledgement(toJson.of(payload));
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

    /** The connections in any of {@code rooms}, once per namespace, but {@code skipped} (keys) and {@code except}. */
    private List<SocketIoSocket> members(List<String> rooms, Set<String> skipped, SocketIoSocket except) {
        List<SocketIoSocket> members = new ArrayList<>();
        for (String name : NAMESPACES) {
            SocketIoAdapter adapter = server.namespace(name).getAdapter();
            Set<SocketIoSocket> inNamespace = new LinkedHashSet<>();
            // The library changes rooms itself too (a connection's own room, a disconnect), under the adapter's lock.
            synchronized (adapter) {
                for (String room : rooms) {
                    Collections.addAll(inNamespace, adapter.listClients(room));
                }
            }
            inNamespace.removeIf(member -> member == except || skipped.contains(key(member)));
            members.addAll(inNamespace);
        }
        return members;
    }

    /**
     * Queues the writes ({@link ConnectionWrites}), holding no lock: a long-polling request runs its client events
     * holding its connection's lock, and they take ours (rooms), so a write to that connection under ours could wait
     * on it forever; and no caller waits for a connection whose client is slow.
     */
    private void write(List<SocketIoSocket> to, String event, Object body) {
        for (SocketIoSocket socket : to) {
            writes.to(socket, () -> {
                if (socket.isConnected()) {
                    socket.send(event, body);
                }
            });
        }
    }

    @PreDestroy
    void shutdown() {
        writes.shutdown();
    }

    private static String key(SocketIoSocket socket) {
        return socket.getId() + socket.getNamespace().getName();
    }

    JsonMapper json() {
        return json;
    }
}
