package com.chatcore.api.agent;

import org.axonframework.serialization.Revision;

/** The agent's employee id and department are now these (either may be null: never set). */
@Revision("1")
public record AgentDetailsChangedEvent(long agentId, String employeeId, String department) {
}
