package com.chatcore.web.livechat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Seed 003's {@code {unread_count}} (of messages, or of notifications). */
public record UnreadCountJson(@Schema(example = "3") @JsonProperty("unread_count") long unreadCount) {
}
