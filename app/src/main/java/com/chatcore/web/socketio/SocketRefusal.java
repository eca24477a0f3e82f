package com.chatcore.web.socketio;

/** A client's event refused; its message goes back to that socket as {@code error {message}}. */
public class SocketRefusal extends RuntimeException {

    public SocketRefusal(String message) {
        super(message);
    }
}
