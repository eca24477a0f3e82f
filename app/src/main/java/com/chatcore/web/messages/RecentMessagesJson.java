package com.chatcore.web.messages;

import com.chatcore.web.livechat.SentMessageJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** {@code recent_chats}: the newest messages, newest first, and how many there are. */
record RecentMessagesJson(
        @JsonProperty("recent_messages") List<SentMessageJson> recentMessages,
        @Schema(example = "10") @JsonProperty("total_returned") int totalReturned) {

    static RecentMessagesJson of(List<SentMessageJson> messages) {
        return new RecentMessagesJson(messages, messages.size());
    }
}
