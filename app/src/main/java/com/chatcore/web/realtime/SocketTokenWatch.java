package com.chatcore.web.realtime;

import com.chatcore.security.AccessTokens;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token is checked at the handshake, but a socket outlives that moment: every 30 s each agent
 * socket's token is checked again, and a socket whose token expired or was revoked by logout is
 * closed with 4401, as REALTIME.md closes a bad token. (A deactivated account's sockets close at once:
 * {@link EventFeed} sees the event.)
 */
@Component
class SocketTokenWatch {

    private final RealtimeHub hub;
    private final AccessTokens tokens;

    SocketTokenWatch(RealtimeHub hub, AccessTokens tokens) {
        this.hub = hub;
        this.tokens = tokens;
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void recheck() {
        for (Subscriber subscriber : hub.subscribers()) {
            SocketOwner owner = subscriber.owner();
            if (owner != null && tokens.callerOf(owner.token()).isEmpty()) {
                subscriber.closeUnauthorized();
            }
        }
    }
}
