package com.chatcore.web.livechat;

import java.util.Locale;

/** What seed 003's chat-room and message JSON shapes ({@link ChatRoomJson}, {@link MessageJson} ...) share. */
public final class LiveChatJson {

    /** Messages embedded in a listed chat room's JSON: the latest ones, oldest first. */
    public static final int MESSAGES_PER_LISTED_ROOM = 50;

    private LiveChatJson() {
    }

    /** An enum as the seed writes it: lower case. */
    public static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
