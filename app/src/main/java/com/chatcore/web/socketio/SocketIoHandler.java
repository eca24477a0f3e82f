package com.chatcore.web.socketio;

/** The events of one API family (seed 001, seed 002) on every authenticated Socket.IO connection. */
public interface SocketIoHandler {

    /** Called once per connection, before any of its events: registers this family's events with {@code on}. */
    void connected(ChatSocket socket);
}
