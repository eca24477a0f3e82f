package com.chatcore.web.chatrooms;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {"agent_id": 2}} of assign_agent and transfer_chat; a missing body counts as an empty one. */
record AgentIdRequest(@JsonProperty("agent_id") Long agentId) {

    static long require(AgentIdRequest request) {
        if (request == null || request.agentId() == null) {
            throw FieldValidationException.of("agent_id", DrfMessages.REQUIRED);
        }
        return request.agentId();
    }
}
