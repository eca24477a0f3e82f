package com.chatcore.web.realtime;

import com.chatcore.security.Caller;

/** Who opened an agent-side socket: the caller its access token named at the handshake. */
record SocketOwner(Caller caller) {

    long userId() {
        return caller.userId();
    }
}
