package com.chatcore.web.socketio;

import io.socket.socketio.server.SocketIoSocket;
import org.json.JSONObject;

import java.util.List;

/**
 * The access token a Socket.IO connection presents: {@code auth.token} of its namespace handshake (seed 001 sends it
 * raw, seed 002 as {@code Bearer <jwt>}; {@code Token <jwt>} works as on REST), or {@code ?token=}.
 */
final class HandshakeToken {

    private HandshakeToken() {
    }

    static String of(SocketIoSocket socket) {
        Object given = given(socket, "token");
        String token = given instanceof String text ? text : socket.getInitialQuery().get("token");
        if (token == null) {
            return null;
        }
        token = token.strip();
        for (String prefix : List.of("Bearer ", "Token ")) {
            if (token.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return token.substring(prefix.length()).strip();
            }
        }
        return token;
    }

    /** {@code name} of the namespace handshake's {@code auth} (any JSON value), else of its query; null if neither. */
    static Object given(SocketIoSocket socket, String name) {
        Object given = socket.getConnectData() instanceof JSONObject auth ? auth.opt(name) : null;
        return given == null || given == JSONObject.NULL ? socket.getInitialQuery().get(name) : given;
    }
}
