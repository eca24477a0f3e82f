package com.chatcore.api.agent;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes availability and/or capacity; a {@code null} field is left as it is. */
public record ChangeAgentSettingsCommand(long agentId, Boolean available, Integer maxConcurrentChats) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.agent(agentId);
    }
}
