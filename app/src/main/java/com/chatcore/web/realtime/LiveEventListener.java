package com.chatcore.web.realtime;

/**
 * Another push of this node (Socket.IO) fed by the same event-store reader as the plain WebSocket frames: it is
 * told each live event, in {@code event_id} order, on the reader's thread, so it must hand any slow work off.
 */
public interface LiveEventListener {

    void on(LiveEvent event);
}
