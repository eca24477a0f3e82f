package com.chatcore.web.adminagents;

import com.chatcore.api.agent.AgentView;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Seed 003's agent (as GET /api/agents/ shows it) plus the account fields an administrator manages. */
record AdminAgentJson(long id, UserJson user,
        @JsonProperty("is_available") boolean available,
        @JsonProperty("current_active_chats") int currentActiveChats,
        @JsonProperty("max_concurrent_chats") int maxConcurrentChats,
        String username,
        @JsonProperty("employee_id") String employeeId,
        String department,
        @JsonProperty("is_active") boolean active) {

    record UserJson(long id,
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            String email) {
    }

    static AdminAgentJson of(AgentView agent) {
        return new AdminAgentJson(agent.id(),
                new UserJson(agent.userId(), agent.firstName(), agent.lastName(), agent.email()),
                agent.available(), agent.currentActiveChats(), agent.maxConcurrentChats(), agent.username(),
                agent.employeeId(), agent.department(), agent.active());
    }
}
