package com.chatcore.api.agent;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the employee id and/or department; a {@code null} field is left as it is. */
public record ChangeAgentDetailsCommand(long agentId, String employeeId, String department) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.agent(agentId);
    }
}
