package com.chatcore.web.realtime;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One open socket. Frames go out through a bounded outbox, one write at a time, so the node's feed
 * never waits on a slow client; a client that falls {@value #MAX_OUTBOX} frames behind is closed and
 * resumes from its last event_id. While it catches up after a resume, live frames wait in a buffer;
 * when the catch-up ends they follow, minus those the catch-up already delivered. A frame the catch-up
 * delivered can also reach the node's live feed only after the catch-up ended (the feed names its
 * position just before it publishes, and an event that fills a late gap is published after higher
 * ones): those keys are kept, so such a frame is not sent twice either.
 */
class Subscriber {

    private static final Logger log = LoggerFactory.getLogger(Subscriber.class);

    private static final int MAX_REMEMBERED = 1_000;
    static final int MAX_OUTBOX = 1_000;
    private static final long SEND_TIMEOUT_MILLIS = 5_000;
    private static final long REPLY = -1;
    private static final int UNAUTHORIZED = 4401;

    private final Session session;
    private final Audience audience;
    private final SocketOwner owner;
    private final JsonMapper json;
    private boolean catchingUp;
    private boolean resumed;
    // A node behind the one the client left publishes events the client already has: not sent again.
    private long resumedAfter = -1;
    private final List<Frame> buffered = new ArrayList<>();
    // Frames (by key) already sent: live before a resume frame arrived, or by the catch-up.
    private final Set<String> sent = new HashSet<>();
    // After a catch-up: the frames it delivered that the live feed has not published yet.
    private final Set<String> caughtUpAhead = new HashSet<>();
    private final ArrayDeque<String> outbox = new ArrayDeque<>();
    private boolean writing;
    private boolean inWrite;

    /** {@code owner}: who opened an agent-side socket; null for a guest's. */
    Subscriber(Session session, Audience audience, SocketOwner owner, JsonMapper json) {
        this.session = session;
        this.audience = audience;
        this.owner = owner;
        this.json = json;
        session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MILLIS);
    }

    Audience audience() {
        return audience;
    }

    SocketOwner owner() {
        return owner;
    }

    synchronized void closeUnauthorized() {
        close(new CloseReason(CloseReason.CloseCodes.getCloseCode(UNAUTHORIZED), "token no longer valid"));
    }

    /** The node is shutting down: the client should reconnect (to any node) and resume. */
    synchronized void closeGoingAway() {
        close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server shutting down; reconnect with last_event_id"));
    }

    /** Starts a catch-up after {@code lastEventId} unless one already ran: a client resumes once, first thing. */
    synchronized boolean beginCatchUp(long lastEventId) {
        if (resumed) {
            return false;
        }
        resumed = true;
        resumedAfter = lastEventId;
        catchingUp = true;
        return true;
    }

    /** A live frame, with its JSON written once for every socket that receives it. */
    synchronized void live(Frame frame, String text) {
        if (frame.eventId() <= resumedAfter) {
            return;
        }
        if (catchingUp) {
            buffered.add(frame);
            return;
        }
        if (caughtUpAhead.remove(frame.key())) {
            return;
        }
        if (!resumed && sent.size() < MAX_REMEMBERED) {
            sent.add(frame.key());
        }
        enqueue(text);
    }

    /** An answer to the client's own frame: during a catch-up it follows the frames being caught up. */
    synchronized void reply(Map<String, Object> body) {
        if (catchingUp) {
            buffered.add(new Frame(REPLY, null, body));
        } else {
            send(body);
        }
    }

    synchronized void caughtUp(Frame frame) {
        if (sent.add(frame.key())) {
            send(frame.body());
        }
    }

    synchronized void endCatchUp() {
        for (Frame frame : buffered) {
            if (frame.eventId() == REPLY || !sent.remove(frame.key())) {
                send(frame.body());
            }
        }
        buffered.clear();
        sent.removeIf(key -> eventIdOf(key) <= resumedAfter);
        caughtUpAhead.addAll(sent);
        sent.clear();
        catchingUp = false;
    }

    private static long eventIdOf(String key) {
        return Long.parseLong(key.substring(0, key.indexOf('/')));
    }

    synchronized void send(Map<String, Object> body) {
        enqueue(json.writeValueAsString(body));
    }

    private void enqueue(String text) {
        if (!session.isOpen()) {
            return;
        }
        if (outbox.size() >= MAX_OUTBOX) {
            log.debug("Closing socket {}: {} frames behind", session.getId(), outbox.size());
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too far behind"));
            return;
        }
        outbox.add(text);
        pump();
    }

    /** Starts the next write unless one is under way; a write that completes at once lets the loop go on. */
    private void pump() {
        while (!writing && !outbox.isEmpty() && session.isOpen()) {
            writing = true;
            inWrite = true;
            try {
                session.getAsyncRemote().sendText(outbox.poll(), this::written);
            } catch (IllegalStateException e) {
                writing = false;
                close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "send failed"));
            } finally {
                inWrite = false;
            }
        }
    }

    private synchronized void written(SendResult result) {
        writing = false;
        if (!result.isOK()) {
            log.debug("Closing socket {} after a failed send", session.getId(), result.getException());
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "send failed"));
        } else if (!inWrite) {
            pump();
        }
    }

    private void close(CloseReason reason) {
        outbox.clear();
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException e) {
            log.debug("Socket {} already closed", session.getId(), e);
        }
    }
}
