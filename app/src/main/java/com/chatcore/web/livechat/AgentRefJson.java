package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatRoomView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Seed 003's agent as a chat or message names it: {@code {id, user: {first_name, last_name}}}. */
public record AgentRefJson(@Schema(example = "3") long id, AgentNameJson user) {

    public record AgentNameJson(
            @Schema(example = "Ana") @JsonProperty("first_name") String firstName,
            @Schema(example = "García") @JsonProperty("last_name") String lastName) {
    }

    /** {@code null} for none. */
    public static AgentRefJson of(ChatRoomView.AgentRef agent) {
        return agent == null ? null
                : new AgentRefJson(agent.id(), new AgentNameJson(agent.firstName(), agent.lastName()));
    }
}
