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
        String token = null;
        if (socket.getConnectData() instanceof JSONObject auth && auth.opt("token") instanceof String given) {
            token = given;
        }
        if (token == null) {
            token = socket.getInitialQuery().get("token");
        }
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
}
