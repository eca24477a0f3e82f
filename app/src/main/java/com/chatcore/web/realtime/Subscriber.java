package com.chatcore.web.realtime;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One open socket. While it catches up after a resume, live frames wait in a buffer; when the
 * catch-up ends they follow, minus those the catch-up already delivered.
 */
class Subscriber {

    private static final Logger log = LoggerFactory.getLogger(Subscriber.class);

    private static final int MAX_REMEMBERED = 1_000;

    private final Session session;
    private final Audience audience;
    private final JsonMapper json;
    private boolean catchingUp;
    private boolean resumed;
    private final List<Frame> buffered = new ArrayList<>();
    private final Set<Long> caughtUp = new HashSet<>();
    // Frames sent live before a resume frame arrived, so the catch-up does not repeat them.
    private final Set<Long> sentBeforeResume = new HashSet<>();

    Subscriber(Session session, Audience audience, JsonMapper json) {
        this.session = session;
        this.audience = audience;
        this.json = json;
    }

    Audience audience() {
        return audience;
    }

    /** Starts a catch-up unless one already ran: a client resumes once, first thing. */
    synchronized boolean beginCatchUp() {
        if (resumed) {
            return false;
        }
        resumed = true;
        catchingUp = true;
        caughtUp.addAll(sentBeforeResume);
        sentBeforeResume.clear();
        return true;
    }

    synchronized void live(Frame frame) {
        if (catchingUp) {
            buffered.add(frame);
        } else {
            if (!resumed && sentBeforeResume.size() < MAX_REMEMBERED) {
                sentBeforeResume.add(frame.eventId());
            }
            send(frame.body());
        }
    }

    synchronized void caughtUp(Frame frame) {
        if (caughtUp.add(frame.eventId())) {
            send(frame.body());
        }
    }

    synchronized void endCatchUp() {
        for (Frame frame : buffered) {
            if (!caughtUp.contains(frame.eventId())) {
                send(frame.body());
            }
        }
        buffered.clear();
        caughtUp.clear();
        catchingUp = false;
    }

    private void closeQuietly() {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "send failed"));
        } catch (IOException | IllegalStateException e) {
            log.debug("Socket {} already closed", session.getId(), e);
        }
    }

    synchronized void send(Map<String, Object> body) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.getBasicRemote().sendText(json.writeValueAsString(body));
        } catch (IOException | IllegalStateException e) {
            // A client too slow to take a frame within the send timeout would stall every socket of the
            // node: drop it; it reconnects and resumes from its last event_id.
            log.debug("Closing socket {} after a failed send", session.getId(), e);
            closeQuietly();
        }
    }
}
