package com.chatcore.api.directchat;

import java.util.Objects;

/**
 * A direct chat's {@code lastMessage} exactly as a client sent it: any JSON value, kept as its JSON text
 * (numbers as written), so that it is answered back unchanged. {@link #NONE} is JSON {@code null}.
 */
public record LastMessage(String json) {

    public static final LastMessage NONE = new LastMessage("null");

    public LastMessage {
        Objects.requireNonNull(json, "json");
    }
}
