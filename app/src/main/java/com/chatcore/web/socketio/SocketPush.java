package com.chatcore.web.socketio;

import com.chatcore.web.realtime.LiveEvent;

import java.util.List;

/**
 * One API family's Socket.IO pushes (seed 001, seed 002) for an event of this node's feed, worked out on the push
 * thread: live when the event comes, and again for each connection that resumes from before it. So they depend on
 * the event and on what does not change behind it (a chat's participants, a session's owner), never on the moment.
 */
public interface SocketPush {

    /** Where pushes go: live, to every connection in the rooms; in a catch-up, to its one connection if in any. */
    @FunctionalInterface
    interface Sink {
        void toRooms(List<String> rooms, String event, Object payload);
    }

    void push(LiveEvent event, Sink sink);
}
