package com.chatcore.web.realtime;

import java.time.Duration;
import java.util.List;

/**
 * What this node's event feed read before it went live (the last {@link #RESUME_WINDOW} events, silently): where
 * another push of this node (Socket.IO) starts the history a resumed connection catches up from; the live events
 * after it reach that push through {@link LiveEventListener}.
 */
public interface FeedHistory {

    /** How many events back a client may resume from; further back it is told {@link #WINDOW_EXCEEDED}. */
    long RESUME_WINDOW = 10_000;

    String WINDOW_EXCEEDED = "resume window exceeded";

    /** Waits until the feed has read up to where it went live; false when it did not within {@code wait}. */
    boolean awaitWarmUp(Duration wait) throws InterruptedException;

    /** The last event id the feed read before going live (-1 for an empty store); known once warmed up. */
    long liveAfter();

    /** The events read before going live with ids above {@code after}, in id order. */
    List<LiveEvent> readBeforeLive(long after);
}
