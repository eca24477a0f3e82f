package com.chatcore.web.livechat;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByUserIdQuery;
import com.chatcore.api.user.Role;
import com.chatcore.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Resolves the agent profile of the calling user. */
@Component
public class CurrentAgent {

    private final QueryGateway queries;

    CurrentAgent(QueryGateway queries) {
        this.queries = queries;
    }

    /** The caller's agent profile; 403 when the caller is not an agent. */
    public AgentView require(Caller caller) {
        return find(caller).orElseThrow(() -> new AccessDeniedException("caller is not an agent"));
    }

    /** The caller's agent profile, or empty for superusers and other roles. */
    public Optional<AgentView> find(Caller caller) {
        if (!caller.is(Role.AGENT)) {
            return Optional.empty();
        }
        return queries.query(new FindAgentByUserIdQuery(caller.userId()),
                ResponseTypes.optionalInstanceOf(AgentView.class)).join();
    }

    /** The agent id to act as, or {@code null} when a superuser acts. */
    public Long actingAgentId(Caller caller) {
        return caller.is(Role.SUPERUSER) ? null : require(caller).id();
    }
}
