package com.chatcore.web.realtime;

import com.chatcore.web.notifications.AgentNotificationJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Map;

/** An agent's notification as its frames carry it: as GET /api/notifications/ lists it, plus {@code agent_info}. */
record AgentNotificationFrameJson(@JsonUnwrapped AgentNotificationJson notification,
        @JsonProperty("agent_info") Map<String, Object> agentInfo) {
}
