package com.chatcore.api.notification;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The agent read these notifications of theirs. */
@Revision("1")
public record AgentNotificationsReadEvent(long agentId, List<String> notificationIds) {
}
