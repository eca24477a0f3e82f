package com.chatcore.web.agents;

import com.chatcore.api.agent.AgentCapacity;
import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.ChangeAgentSettingsCommand;
import com.chatcore.api.agent.FindAgentByIdQuery;
import com.chatcore.api.agent.FindAgentByUsernameQuery;
import com.chatcore.api.agent.FindAgentsQuery;
import com.chatcore.api.agent.RegisterAgentCommand;
import com.chatcore.api.agent.RegisteredAgent;
import com.chatcore.api.user.FindUserByUsernameQuery;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import com.chatcore.security.Caller;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import com.chatcore.web.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Seed 003 "Agentes". */
@RestController
@RequestMapping("/api/agents")
class AgentsController {

    /** The list has no pagination in the seed; this bounds it all the same. */
    static final int LIST_LIMIT = 1000;

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final PasswordEncoder passwords;
    private final StoredAgents storedAgents;

    AgentsController(ReadYourWrites readYourWrites, QueryGateway queries, PasswordEncoder passwords,
            StoredAgents storedAgents) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.passwords = passwords;
        this.storedAgents = storedAgents;
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERUSER')")
    @Operation(summary = "Create an agent account (SUPERUSER)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AgentJson> create(@Valid @RequestBody CreateAgentRequest request) {
        Optional<AgentView> stored = storedAgents.createdByAnEarlierRun(request.username(), request.email(),
                request.password());
        if (stored.isPresent()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(AgentJson.of(stored.get()));
        }
        RegisterAgentCommand command = new RegisterAgentCommand(request.username(), request.email(),
                passwords.encode(request.password()), request.firstName(), request.lastName(),
                Objects.requireNonNullElse(request.maxConcurrentChats(), AgentCapacity.DEFAULT),
                Objects.requireNonNullElse(request.available(), true), null, null);
        // Login and the token filter read the users model: the agent may log in once this answers.
        AgentView agent = readYourWrites.sendOr(command,
                new Awaited<>(new FindAgentByUsernameQuery(request.username()), AgentView.class, view -> true),
                (Object registered) -> ((RegisteredAgent) registered).asStored(command),
                new Awaited<>(new FindUserByUsernameQuery(request.username()), UserView.class, view -> true));
        return ResponseEntity.status(HttpStatus.CREATED).body(AgentJson.of(agent));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "List agents, removed ones excepted (AGENT, SUPERUSER)")
    List<AgentJson> list() {
        return queries.query(new FindAgentsQuery(LIST_LIMIT), ResponseTypes.multipleInstancesOf(AgentView.class))
                .join().stream().map(AgentJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "One agent (AGENT, SUPERUSER)")
    AgentJson one(@PathVariable long id) {
        return AgentJson.of(find(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Change availability or capacity (the agent itself, or a SUPERUSER)")
    AgentJson update(@PathVariable long id, @RequestBody UpdateAgentRequest request,
            @AuthenticationPrincipal Caller caller) {
        AgentView current = find(id);
        if (!caller.is(Role.SUPERUSER) && current.userId() != caller.userId()) {
            throw new AccessDeniedException("not this agent's owner");
        }
        AgentView updated = readYourWrites.send(
                new ChangeAgentSettingsCommand(id, request.available(), request.maxConcurrentChats()),
                new FindAgentByIdQuery(id), AgentView.class,
                view -> (request.available() == null || view.available() == request.available())
                        && (request.maxConcurrentChats() == null
                        || view.maxConcurrentChats() == request.maxConcurrentChats()));
        return AgentJson.of(updated);
    }

    private AgentView find(long id) {
        return queries.query(new FindAgentByIdQuery(id), ResponseTypes.optionalInstanceOf(AgentView.class))
                .join().orElseThrow(NotFoundException::new);
    }
}
