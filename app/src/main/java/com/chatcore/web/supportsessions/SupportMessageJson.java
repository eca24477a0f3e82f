package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.SenderType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** Seed 001's ChatMessage: the user's messages are {@code user}, the agents' (and the system's) {@code support}. */
@Schema(name = "SupportChatMessage")
record SupportMessageJson(String id, String sessionId, String message,
        @Schema(allowableValues = {"user", "support"}) String sender, Instant timestamp,
        @Schema(description = "Read by its recipient: support for the user's messages, the user for support's")
        boolean isRead) {

    static SupportMessageJson of(ChatMessageView view) {
        return new SupportMessageJson(view.id(), view.chatRoomId(), view.content(),
                view.senderType() == SenderType.USER ? "user" : "support", view.createdAt(), view.read());
    }
}
