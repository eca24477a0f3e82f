package com.chatcore.web.adminagents;

import com.chatcore.api.agent.AgentView;
import com.chatcore.web.agents.AgentJson;
import com.chatcore.web.agents.AgentJson.AgentUserJson;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Seed 003's agent (as GET /api/agents/ shows it) plus the account fields an administrator manages, and
 * {@code full_name}, which the public seed-003 client splits into the names of its edit form.
 */
record AdminAgentJson(long id, AgentUserJson user,
        @JsonProperty("is_available") boolean available,
        @JsonProperty("current_active_chats") int currentActiveChats,
        @JsonProperty("max_concurrent_chats") int maxConcurrentChats,
        String username,
        @JsonProperty("full_name") String fullName,
        @JsonProperty("employee_id") String employeeId,
        String department,
        @JsonProperty("is_active") boolean active) {

    static AdminAgentJson of(AgentView agent) {
        return new AdminAgentJson(agent.id(), AgentUserJson.of(agent), agent.available(), agent.currentActiveChats(),
                agent.maxConcurrentChats(), agent.username(), AgentJson.fullName(agent), agent.employeeId(),
                agent.department(), agent.active());
    }
}
