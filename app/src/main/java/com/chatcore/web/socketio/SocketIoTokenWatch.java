package com.chatcore.web.socketio;

import com.chatcore.security.AccessTokens;
import com.chatcore.security.Caller;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Every 30 s, as for the plain WebSockets, each Socket.IO connection's token is checked again: one that expired,
 * was revoked by logout or outdated by a password change (or whose account was deactivated) is told
 * {@code token-expired} and disconnected; seed 001's client logs out on it.
 */
@Component
class SocketIoTokenWatch {

    private final ChatSockets sockets;
    private final AccessTokens tokens;
    private final Clock clock;

    SocketIoTokenWatch(ChatSockets sockets, AccessTokens tokens, Clock clock) {
        this.sockets = sockets;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void recheck() {
        for (ChatSocket socket : sockets.connections()) {
            Caller caller = socket.caller();
            boolean expired = caller.tokenExpiresAt() != null && !caller.tokenExpiresAt().isAfter(clock.instant());
            if (expired || !tokens.stillHonoured(caller)) {
                sockets.refuse(socket.socket(), "token-expired");
            }
        }
    }
}
