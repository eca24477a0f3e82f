package com.chatcore.command.agent;

import com.chatcore.api.AggregateIds;
import com.chatcore.api.agent.AgentAvailabilityChangedEvent;
import com.chatcore.api.agent.AgentCapacity;
import com.chatcore.api.agent.AgentCapacityChangedEvent;
import com.chatcore.api.agent.AgentDetailsChangedEvent;
import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.agent.AgentRetiredEvent;
import com.chatcore.api.agent.ChangeAgentDetailsCommand;
import com.chatcore.api.agent.ChangeAgentSettingsCommand;
import com.chatcore.api.agent.RetireAgentCommand;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.api.notification.AgentNotificationsReadEvent;
import com.chatcore.api.notification.MarkAgentNotificationsReadCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An agent's working profile: availability and capacity. Created together with its user account
 * (see {@code User}'s handler of {@code RegisterAgentCommand}).
 */
@Aggregate
public class Agent {

    @AggregateIdentifier
    private String id;
    private long agentId;
    private boolean available;
    private int maxConcurrentChats;
    private String employeeId;
    private String department;
    private boolean retired;

    protected Agent() {
    }

    /** Called by the account that owns this profile, inside the same unit of work. */
    public Agent(AgentRegisteredEvent registration, AgentWorkload workload) {
        AgentCapacity.check(registration.maxConcurrentChats());
        workload.register(registration.agentId(), registration.maxConcurrentChats());
        apply(registration);
    }

    @CommandHandler
    public void handle(ChangeAgentSettingsCommand command, AgentWorkload workload) {
        requireOnDuty();
        if (command.maxConcurrentChats() != null) {
            AgentCapacity.check(command.maxConcurrentChats());
        }
        if (command.available() != null && command.available() != available) {
            apply(new AgentAvailabilityChangedEvent(agentId, command.available()));
        }
        if (command.maxConcurrentChats() != null && command.maxConcurrentChats() != maxConcurrentChats) {
            workload.changeCapacity(agentId, command.maxConcurrentChats());
            apply(new AgentCapacityChangedEvent(agentId, command.maxConcurrentChats()));
        }
    }

    /**
     * A retired agent can hold no new chat: its workload capacity drops to zero, so taking, assigning
     * or transferring a chat to it is refused like any full agent. Chats it holds stay until moved.
     */
    @CommandHandler
    public void handle(RetireAgentCommand command, AgentWorkload workload) {
        if (retired) {
            return;
        }
        if (available) {
            apply(new AgentAvailabilityChangedEvent(agentId, false));
        }
        workload.changeCapacity(agentId, 0);
        apply(new AgentRetiredEvent(agentId));
    }

    private void requireOnDuty() {
        if (retired) {
            throw new RuleViolationException("AgentRetired", "La cuenta está desactivada.");
        }
    }

    @CommandHandler
    public void handle(ChangeAgentDetailsCommand command) {
        String newEmployeeId = command.employeeId() == null ? employeeId : command.employeeId();
        String newDepartment = command.department() == null ? department : command.department();
        if (!Objects.equals(newEmployeeId, employeeId) || !Objects.equals(newDepartment, department)) {
            apply(new AgentDetailsChangedEvent(agentId, newEmployeeId, newDepartment));
        }
    }

    /** Notifications live in their read model only; the command names exactly the ids that were unread. */
    @CommandHandler
    public void handle(MarkAgentNotificationsReadCommand command) {
        if (!command.notificationIds().isEmpty()) {
            apply(new AgentNotificationsReadEvent(agentId, List.copyOf(command.notificationIds())));
        }
    }

    @EventSourcingHandler
    void on(AgentRegisteredEvent event) {
        id = AggregateIds.agent(event.agentId());
        agentId = event.agentId();
        available = event.available();
        maxConcurrentChats = event.maxConcurrentChats();
        employeeId = event.employeeId();
        department = event.department();
    }

    @EventSourcingHandler
    void on(AgentDetailsChangedEvent event) {
        employeeId = event.employeeId();
        department = event.department();
    }

    @EventSourcingHandler
    void on(AgentAvailabilityChangedEvent event) {
        available = event.available();
    }

    @EventSourcingHandler
    void on(AgentCapacityChangedEvent event) {
        maxConcurrentChats = event.maxConcurrentChats();
    }

    @EventSourcingHandler
    void on(AgentRetiredEvent event) {
        retired = true;
    }
}
