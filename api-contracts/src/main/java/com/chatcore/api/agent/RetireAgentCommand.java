package com.chatcore.api.agent;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an agent off duty for good (its account was removed): no new chats, no settings changes. */
public record RetireAgentCommand(long agentId) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.agent(agentId);
    }
}
