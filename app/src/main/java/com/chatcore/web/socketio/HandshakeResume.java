package com.chatcore.web.socketio;

import io.socket.socketio.server.SocketIoSocket;

import java.util.OptionalLong;

/**
 * The last event a reconnecting client saw: {@code auth.last_event_id} of its namespace handshake (a number, or a
 * numeric string) or {@code ?last_event_id=}, where {@link HandshakeToken} finds the token. None: a fresh connection.
 */
final class HandshakeResume {

    static final String NOT_AN_ID = "last_event_id must be an integer.";
    private static final String NAME = "last_event_id";

    private HandshakeResume() {
    }

    /** Refused ({@link SocketRefusal}) when given but not an integer. */
    static OptionalLong of(SocketIoSocket socket) {
        Object given = HandshakeToken.given(socket, NAME);
        if (given == null || given instanceof String text && text.isBlank()) {
            return OptionalLong.empty();
        }
        if (given instanceof Integer || given instanceof Long) {
            return OptionalLong.of(((Number) given).longValue());
        }
        if (given instanceof String text) {
            try {
                return OptionalLong.of(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                throw new SocketRefusal(NOT_AN_ID);
            }
        }
        throw new SocketRefusal(NOT_AN_ID);
    }
}
