package com.chatcore.api.notification;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The agent read these notifications. The caller passes only ids that are the agent's and unread
 * (the agent aggregate does not track notifications); an empty list changes nothing.
 */
public record MarkAgentNotificationsReadCommand(long agentId, List<String> notificationIds) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.agent(agentId);
    }
}
