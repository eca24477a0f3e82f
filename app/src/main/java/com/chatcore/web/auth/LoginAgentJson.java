package com.chatcore.web.auth;

import com.chatcore.api.agent.AgentView;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The agent object of seed 003's login answer, where {@code user} is the user's id. */
record LoginAgentJson(long id, long user,
        @JsonProperty("is_available") boolean available,
        @JsonProperty("current_active_chats") int currentActiveChats,
        @JsonProperty("max_concurrent_chats") int maxConcurrentChats) {

    static LoginAgentJson of(AgentView agent) {
        return new LoginAgentJson(agent.id(), agent.userId(), agent.available(), agent.currentActiveChats(),
                agent.maxConcurrentChats());
    }
}
