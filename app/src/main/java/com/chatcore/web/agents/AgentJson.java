package com.chatcore.web.agents;

import com.chatcore.api.agent.AgentView;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Seed 003's agent: {@code {id, user: {id, first_name, last_name, email}, is_available, ...}}. */
public record AgentJson(long id, AgentUserJson user,
        @JsonProperty("is_available") boolean available,
        @JsonProperty("current_active_chats") int currentActiveChats,
        @JsonProperty("max_concurrent_chats") int maxConcurrentChats) {

    /**
     * The agent's account: the seed's {@code {id, first_name, last_name, email}} plus {@code username} and
     * {@code full_name}, which the public seed-003 client shows in its agent administration.
     */
    public record AgentUserJson(long id,
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            String email,
            String username,
            @JsonProperty("full_name") String fullName) {

        public static AgentUserJson of(AgentView agent) {
            return new AgentUserJson(agent.userId(), agent.firstName(), agent.lastName(), agent.email(),
                    agent.username(), AgentJson.fullName(agent));
        }
    }

    /** First and last name, as far as they are known ({@code ""} when neither is). */
    public static String fullName(AgentView agent) {
        return Stream.of(agent.firstName(), agent.lastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    static AgentJson of(AgentView agent) {
        return new AgentJson(agent.id(), AgentUserJson.of(agent),
                agent.available(), agent.currentActiveChats(), agent.maxConcurrentChats());
    }
}
