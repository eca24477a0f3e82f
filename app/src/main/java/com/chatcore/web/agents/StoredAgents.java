package com.chatcore.web.agents;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByUsernameQuery;
import com.chatcore.api.user.FindLoginAccountQuery;
import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.Role;
import com.chatcore.idempotency.RequestIds;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
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
    private final PasswordEncoder passwords;

    StoredAgents(QueryGateway queries, PasswordEncoder passwords) {
        this.queries = queries;
        this.passwords = passwords;
    }

    public Optional<AgentView> createdByAnEarlierRun(String username, String email, String password) {
        if (!RequestIds.keyed()) {
            return Optional.empty();
        }
        return queries.query(new FindLoginAccountQuery(username),
                        ResponseTypes.optionalInstanceOf(LoginAccountView.class)).join()
                .filter(account -> account.role() == Role.AGENT && passwords.matches(password, account.passwordHash()))
                .flatMap(account -> queries.query(new FindAgentByUsernameQuery(username),
                        ResponseTypes.optionalInstanceOf(AgentView.class)).join())
                .filter(agent -> agent.email().equalsIgnoreCase(email));
    }
}
