package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.web.livechat.LiveChatJson;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A message on the guest's own routes: the seed's {@code {id, sender_type, content, message_type, is_read,
 * created_at}} plus {@code type} ({@code guest|agent|system}), by which the public seed-003 client's chat
 * widget draws the messages {@code complete_chat} hands it.
 */
record GuestMessageJson(String id,
        @JsonProperty("sender_type") String senderType,
        String content,
        @JsonProperty("message_type") String messageType,
        @JsonProperty("is_read") boolean read,
        @JsonProperty("created_at") Instant createdAt,
        String type) {

    static GuestMessageJson of(ChatMessageView message) {
        return new GuestMessageJson(message.id(), LiveChatJson.lower(message.senderType()), message.content(),
                message.messageType(), message.read(), message.createdAt(),
                message.senderType() == SenderType.USER ? "guest" : LiveChatJson.lower(message.senderType()));
    }
}
