package com.chatcore.web.socketio;

import com.chatcore.api.error.RuleViolationException;
import com.chatcore.security.Caller;
import io.socket.socketio.server.SocketIoSocket;
import org.json.JSONArray;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One authenticated Socket.IO connection and the account behind it. A client event runs as that account (its
 * commands carry it as metadata, as a REST request's do); a refusal or a failure answers {@code error {message}}
 * to this socket and never closes it.
 */
public final class ChatSocket {

    private static final Logger log = LoggerFactory.getLogger(ChatSocket.class);
    static final String INTERNAL_ERROR = "Error interno del servidor";

    /** What a client event does; what it returns (or null) answers the client's acknowledgement, if it asked one. */
    @FunctionalInterface
    public interface EventHandler {
        Object handle(JsonNode data);
    }

    private final SocketIoSocket socket;
    private final Caller caller;
    private final ChatSockets sockets;

    ChatSocket(SocketIoSocket socket, Caller caller, ChatSockets sockets) {
        this.socket = socket;
        this.caller = caller;
        this.sockets = sockets;
    }

    public Caller caller() {
        return caller;
    }

    String id() {
        return socket.getId();
    }

    SocketIoSocket socket() {
        return socket;
    }

    public void on(String event, EventHandler handler) {
        socket.on(event, args -> handle(event, handler, args));
    }

    /** Sends {@code event} to this socket alone. */
    public void emit(String event, Object payload) {
        sockets.send(this, event, payload);
    }

    /** Sends {@code event} to the other connections on this node that joined {@code room}. */
    public void toOthersIn(String room, String event, Object payload) {
        sockets.fromSocket(this, room, event, payload);
    }

    public void join(String room) {
        sockets.join(this, room);
    }

    public void leave(String room) {
        sockets.leave(this, room);
    }

    private void handle(String event, EventHandler handler, Object[] args) {
        SocketIoSocket.ReceivedByLocalAcknowledgementCallback ack = args.length > 0
                && args[args.length - 1] instanceof SocketIoSocket.ReceivedByLocalAcknowledgementCallback callback
                ? callback : null;
        Object answer;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()))));
        try {
            answer = handler.handle(data(args.length > 0 && args[0] != ack ? args[0] : null));
        } catch (SocketRefusal | RuleViolationException e) {
            answer = error(e.getMessage());
            emit("error", answer);
        } catch (RuntimeException e) {
            log.warn("Socket.IO event {} of user {} failed", event, caller.userId(), e);
            answer = error(INTERNAL_ERROR);
            emit("error", answer);
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (ack != null) {
            sockets.acknowledge(ack, answer);
        }
    }

    static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        return body;
    }

    private JsonNode data(Object arg) {
        if (arg instanceof JSONObject || arg instanceof JSONArray) {
            try {
                return sockets.json().readTree(arg.toString());
            } catch (JacksonException e) {
                return JsonNodeFactory.instance.objectNode();
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }
}
