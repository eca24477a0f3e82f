package com.chatcore.web.livechat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Seed 003's pagination block of the chat lists. */
public record PaginationJson(
        @Schema(example = "1") @JsonProperty("current_page") int currentPage,
        @Schema(example = "3") @JsonProperty("total_pages") long totalPages,
        @Schema(example = "42") @JsonProperty("total_chats") long totalChats,
        @JsonProperty("has_next") boolean hasNext,
        @JsonProperty("has_previous") boolean hasPrevious) {
}
