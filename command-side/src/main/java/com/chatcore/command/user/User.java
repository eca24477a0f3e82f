package com.chatcore.command.user;

import com.chatcore.api.AggregateIds;
import com.chatcore.api.agent.AgentCapacity;
import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.agent.RegisterAgentCommand;
import com.chatcore.api.agent.RegisteredAgent;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.api.user.ChangePasswordCommand;
import com.chatcore.api.user.ChangeUserProfileCommand;
import com.chatcore.api.user.DeactivateUserCommand;
import com.chatcore.api.user.RegisterUserCommand;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserDeactivatedEvent;
import com.chatcore.api.user.UserPasswordChangedEvent;
import com.chatcore.api.user.UserProfileChangedEvent;
import com.chatcore.api.user.UserRegisteredEvent;
import com.chatcore.command.agent.Agent;
import com.chatcore.command.agent.AgentIdAllocator;
import com.chatcore.command.agent.AgentWorkload;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/** An account. Keeps only what later decisions read: its id, email and whether it is active. */
@Aggregate
public class User {

    @AggregateIdentifier
    private String id;
    private long userId;
    private String email;
    private boolean active;

    protected User() {
    }

    @CommandHandler
    public User(RegisterUserCommand command, UserRegistry registry) {
        open(command.username(), command.email(), command.passwordHash(), command.firstName(), command.lastName(),
                command.role(), registry);
    }

    /**
     * An agent account is a user with the AGENT role plus an agent profile; both are created in this
     * unit of work, so neither exists without the other.
     */
    /** A handler with a creation policy rather than a constructor, so that it can answer both new ids. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public RegisteredAgent handle(RegisterAgentCommand command, UserRegistry registry, AgentIdAllocator agentIds,
            AgentWorkload workload) throws Exception {
        AgentCapacity.check(command.maxConcurrentChats());
        // Events applied in a creating handler reach this aggregate's sourcing handlers only after the
        // handler returns, so the userId field is still unset here: use the id open() reserved.
        long newUserId = open(command.username(), command.email(), command.passwordHash(), command.firstName(),
                command.lastName(), Role.AGENT, registry);
        long agentId = agentIds.next();
        createNew(Agent.class, () -> new Agent(new AgentRegisteredEvent(agentId, newUserId, command.username(),
                command.email(), nullToEmpty(command.firstName()), nullToEmpty(command.lastName()),
                command.maxConcurrentChats(), command.available(), command.employeeId(), command.department()),
                workload));
        return new RegisteredAgent(newUserId, agentId);
    }

    /** Applies the registration and returns the new user id. */
    private long open(String username, String email, String passwordHash, String firstName, String lastName,
            Role role, UserRegistry registry) {
        AccountRules.check()
                .username(username)
                .email(email)
                .passwordHash(passwordHash)
                .name("first_name", firstName)
                .name("last_name", lastName)
                .orThrow();
        long newUserId = registry.reserve(username, email);
        apply(new UserRegisteredEvent(newUserId, username, email, passwordHash, nullToEmpty(firstName),
                nullToEmpty(lastName), Objects.requireNonNull(role, "role")));
        return newUserId;
    }

    @CommandHandler
    public void handle(ChangeUserProfileCommand command, UserRegistry registry) {
        requireActive();
        AccountRules.check()
                .email(command.email())
                .name("first_name", command.firstName())
                .name("last_name", command.lastName())
                .orThrow();
        if (!command.email().equalsIgnoreCase(email)) {
            registry.changeEmail(userId, command.email());
        }
        apply(new UserProfileChangedEvent(userId, command.email(), nullToEmpty(command.firstName()),
                nullToEmpty(command.lastName())));
    }

    @CommandHandler
    public void handle(ChangePasswordCommand command) {
        requireActive();
        AccountRules.check().passwordHash(command.passwordHash()).orThrow();
        apply(new UserPasswordChangedEvent(userId, command.passwordHash()));
    }

    @CommandHandler
    public void handle(DeactivateUserCommand command) {
        requireActive();
        apply(new UserDeactivatedEvent(userId));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private void requireActive() {
        if (!active) {
            throw new RuleViolationException("AccountDeactivated", "La cuenta está desactivada.");
        }
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        id = AggregateIds.user(event.userId());
        userId = event.userId();
        email = event.email();
        active = true;
    }

    @EventSourcingHandler
    void on(UserProfileChangedEvent event) {
        email = event.email();
    }

    @EventSourcingHandler
    void on(UserDeactivatedEvent event) {
        active = false;
    }
}
