package com.chatcore.web.socketio;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The resumed connections that live pushes must skip: one still waiting for its catch-up (which will bring what is
 * pushed meanwhile), and one whose client has seen events this node has not pushed yet (it came from a node ahead),
 * until this node is past them. Guarded by {@link ChatSockets}' lock, as the rooms are.
 */
final class ResumingSockets {

    private record Resuming(long after, boolean caughtUp) {
    }

    private final Map<String, Resuming> byKey = new HashMap<>();

    void add(String key, long after) {
        byKey.put(key, new Resuming(after, false));
    }

    void caughtUp(String key) {
        byKey.computeIfPresent(key, (k, resuming) -> new Resuming(resuming.after(), true));
    }

    void remove(String key) {
        byKey.remove(key);
    }

    /** The connections (keys) a live push of {@code eventId} skips; one it reaches needs skipping no more. */
    Set<String> skipping(long eventId) {
        if (byKey.isEmpty()) {
            return Set.of();
        }
        Set<String> skipped = new HashSet<>();
        for (Iterator<Map.Entry<String, Resuming>> it = byKey.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Resuming> entry = it.next();
            if (!entry.getValue().caughtUp() || eventId <= entry.getValue().after()) {
                skipped.add(entry.getKey());
            } else {
                it.remove();
            }
        }
        return skipped;
    }
}
