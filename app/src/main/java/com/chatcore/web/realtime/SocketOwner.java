package com.chatcore.web.realtime;

/** Who opened an agent-side socket: the access token it showed, and its account. */
record SocketOwner(String token, long userId) {
}
