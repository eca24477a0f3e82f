package com.chatcore.web.realtime;

import com.chatcore.security.AccessTokens;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token's expiry is checked at the handshake alone, as the seed client's own backend does: that client
 * never reconnects, and its access tokens live 5 minutes. What ends a session still ends its sockets:
 * every 30 s each agent socket is checked again, and one whose token was revoked by logout or outdated
 * by a password change is closed with 4401, as REALTIME.md closes a bad token. (A deactivated account's
 * sockets close at once: {@link EventFeed} sees the event.)
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
            if (owner != null && !tokens.stillHonoured(owner.caller())) {
                subscriber.closeUnauthorized();
            }
        }
    }
}
