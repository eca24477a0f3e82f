package com.chatcore.query.agents;

import com.chatcore.api.agent.AgentAvailabilityChangedEvent;
import com.chatcore.api.agent.AgentCapacityChangedEvent;
import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByIdQuery;
import com.chatcore.api.agent.FindAgentByUserIdQuery;
import com.chatcore.api.agent.FindAgentByUsernameQuery;
import com.chatcore.api.agent.FindAgentsQuery;
import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.user.UserProfileChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The agents read model (seed 003 "Agentes"): profile, availability, capacity and workload. */
@Component
@ProcessingGroup(AgentsProjection.GROUP)
class AgentsProjection {

    static final String GROUP = "agents";

    private final AgentRepository agents;
    private final QueryUpdateEmitter updates;

    AgentsProjection(AgentRepository agents, QueryUpdateEmitter updates) {
        this.agents = agents;
        this.updates = updates;
    }

    @EventHandler
    void on(AgentRegisteredEvent event) {
        AgentEntity agent = agents.save(new AgentEntity(event.agentId(), event.userId(), event.username(),
                event.email(), event.firstName(), event.lastName(), event.available(), event.maxConcurrentChats()));
        announce(agent);
    }

    @EventHandler
    void on(UserProfileChangedEvent event) {
        agents.findByUserId(event.userId()).ifPresent(agent -> {
            agent.changeProfile(event.email(), event.firstName(), event.lastName());
            announce(agent);
        });
    }

    @EventHandler
    void on(AgentAvailabilityChangedEvent event) {
        agents.findById(event.agentId()).ifPresent(agent -> {
            agent.changeAvailability(event.available());
            announce(agent);
        });
    }

    @EventHandler
    void on(AgentCapacityChangedEvent event) {
        agents.findById(event.agentId()).ifPresent(agent -> {
            agent.changeCapacity(event.maxConcurrentChats());
            announce(agent);
        });
    }

    @EventHandler
    void on(ChatTakenEvent event) {
        adjustActiveChats(event.agentId(), 1);
    }

    @EventHandler
    void on(ChatAssignedEvent event) {
        adjustActiveChats(event.agentId(), 1);
        if (event.previousAgentId() != null) {
            adjustActiveChats(event.previousAgentId(), -1);
        }
    }

    @EventHandler
    void on(ChatTransferredEvent event) {
        adjustActiveChats(event.fromAgentId(), -1);
        adjustActiveChats(event.toAgentId(), 1);
    }

    @EventHandler
    void on(ChatUnassignedEvent event) {
        adjustActiveChats(event.previousAgentId(), -1);
    }

    @EventHandler
    void on(ChatResolvedEvent event) {
        if (event.agentId() != null) {
            adjustActiveChats(event.agentId(), -1);
        }
    }

    @EventHandler
    void on(ChatClosedEvent event) {
        if (event.previousStatus() == ChatStatus.ACTIVE && event.agentId() != null) {
            adjustActiveChats(event.agentId(), -1);
        }
    }

    @ResetHandler
    void reset() {
        agents.deleteAllInBatch();
    }

    @QueryHandler
    List<AgentView> handle(FindAgentsQuery query) {
        return agents.findAllByOrderByIdAsc(PageRequest.of(0, query.limit())).stream()
                .map(AgentEntity::toView)
                .toList();
    }

    @QueryHandler
    Optional<AgentView> handle(FindAgentByIdQuery query) {
        return agents.findById(query.agentId()).map(AgentEntity::toView);
    }

    @QueryHandler
    Optional<AgentView> handle(FindAgentByUserIdQuery query) {
        return agents.findByUserId(query.userId()).map(AgentEntity::toView);
    }

    @QueryHandler
    Optional<AgentView> handle(FindAgentByUsernameQuery query) {
        return agents.findByUsernameIgnoreCase(query.username()).map(AgentEntity::toView);
    }

    /**
     * The token advances in the same transaction as this change, so a redelivered event can only follow
     * a rolled-back one: the count moves once per event.
     */
    private void adjustActiveChats(long agentId, int delta) {
        agents.findById(agentId).ifPresent(agent -> {
            agent.adjustActiveChats(delta);
            announce(agent);
        });
    }

    private void announce(AgentEntity agent) {
        AgentView view = agent.toView();
        updates.emit(FindAgentByIdQuery.class, q -> q.agentId() == view.id(), view);
        updates.emit(FindAgentByUsernameQuery.class, q -> q.username().equalsIgnoreCase(view.username()), view);
    }
}
