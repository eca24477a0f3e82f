package com.chatcore.web.agents;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByUsernameQuery;
import com.chatcore.api.user.Role;
import com.chatcore.web.auth.EarlierRegistrations;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * For a keyed retry of an agent's creation whose first run stored the agent but never answered: the agent it
 * stored (same username, email and password), so the retry answers as the first run would have, for both
 * routes that create agents.
 */
@Component
public class StoredAgents {

    private final QueryGateway queries;
    private final EarlierRegistrations registrations;

    StoredAgents(QueryGateway queries, EarlierRegistrations registrations) {
        this.queries = queries;
        this.registrations = registrations;
    }

    public Optional<AgentView> createdByAnEarlierRun(String username, String email, String password) {
        return registrations.userIdOf(username, password, Role.AGENT)
                .flatMap(userId -> queries.query(new FindAgentByUsernameQuery(username),
                        ResponseTypes.optionalInstanceOf(AgentView.class)).join())
                .filter(agent -> agent.email().equalsIgnoreCase(email));
    }
}
