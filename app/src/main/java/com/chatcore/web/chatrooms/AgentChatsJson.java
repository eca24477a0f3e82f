package com.chatcore.web.chatrooms;

import com.chatcore.web.livechat.ChatRoomJson;
import com.chatcore.web.livechat.PaginationJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * {@code my_chats} and {@code resolved_closed_chats}: a page of the caller's chat rooms and the caller as
 * an agent ({@code null} for a superuser, who holds no chats).
 */
record AgentChatsJson(List<ChatRoomJson> chats, PaginationJson pagination,
        @Schema(description = "null for a SUPERUSER") CallerAgentJson agent) {

    record CallerAgentJson(
            @Schema(example = "3") long id,
            @Schema(example = "Ana García") String name,
            @Schema(example = "2") @JsonProperty("current_chats") int currentChats) {
    }
}
