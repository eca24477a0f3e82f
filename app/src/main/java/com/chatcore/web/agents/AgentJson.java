package com.chatcore.web.agents;

import com.chatcore.api.agent.AgentView;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Seed 003's agent: {@code {id, user: {id, first_name, last_name, email}, is_available, ...}}. */
public record AgentJson(long id, AgentUserJson user,
        @JsonProperty("is_available") boolean available,
        @JsonProperty("current_active_chats") int currentActiveChats,
        @JsonProperty("max_concurrent_chats") int maxConcurrentChats) {

    /** The agent's account: {@code {id, first_name, last_name, email}}. */
    public record AgentUserJson(long id,
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            String email) {

        public static AgentUserJson of(AgentView agent) {
            return new AgentUserJson(agent.userId(), agent.firstName(), agent.lastName(), agent.email());
        }
    }

    static AgentJson of(AgentView agent) {
        return new AgentJson(agent.id(), AgentUserJson.of(agent),
                agent.available(), agent.currentActiveChats(), agent.maxConcurrentChats());
    }
}
