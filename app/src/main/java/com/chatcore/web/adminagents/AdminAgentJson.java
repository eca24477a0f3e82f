package com.chatcore.web.adminagents;

import com.chatcore.api.agent.AgentView;
import com.chatcore.web.agents.AgentJson.AgentUserJson;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Seed 003's agent (as GET /api/agents/ shows it) plus the account fields an administrator manages. */
record AdminAgentJson(long id, AgentUserJson user,
        @JsonProperty("is_available") boolean available,
        @JsonProperty("current_active_chats") int currentActiveChats,
        @JsonProperty("max_concurrent_chats") int maxConcurrentChats,
        String username,
        @JsonProperty("employee_id") String employeeId,
        String department,
        @JsonProperty("is_active") boolean active) {

    static AdminAgentJson of(AgentView agent) {
        return new AdminAgentJson(agent.id(), AgentUserJson.of(agent), agent.available(), agent.currentActiveChats(), agent.maxConcurrentChats(), agent.username(),
                agent.employeeId(), agent.department(), agent.active());
    }
}
