package com.chatcore.web.adminagents;

import com.chatcore.api.agent.AgentCapacity;
import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.ChangeAgentDetailsCommand;
import com.chatcore.api.agent.ChangeAgentSettingsCommand;
import com.chatcore.api.agent.FindAgentByIdQuery;
import com.chatcore.api.agent.FindAgentByUsernameQuery;
import com.chatcore.api.agent.FindAgentsQuery;
import com.chatcore.api.agent.RegisterAgentCommand;
import com.chatcore.api.agent.RegisteredAgent;
import com.chatcore.api.agent.RetireAgentCommand;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.api.user.ChangePasswordCommand;
import com.chatcore.api.user.ChangeUserProfileCommand;
import com.chatcore.api.user.DeactivateUserCommand;
import com.chatcore.api.user.FindLoginAccountQuery;
import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.FindUserByUsernameQuery;
import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.UserView;
import com.chatcore.web.agents.StoredAgents;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import com.chatcore.web.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Objects;
import java.util.Optional;

/**
 * Issue 4's agent administration (SUPERUSER). Removing an agent deactivates its account and takes it
 * off the queue and off the agent lists; its chats and messages stay, and it is still found by id.
 */
@RestController
@RequestMapping("/api/admin-agents")
@PreAuthorize("hasRole('SUPERUSER')")
class AdminAgentsController {

    static final int EMPLOYEE_ID_MAX = 20;
    static final int DEPARTMENT_MAX = 100;
    /** The list has no pagination; this bounds it all the same. */
    static final int LIST_LIMIT = 1000;

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final PasswordEncoder passwords;
    private final StoredAgents storedAgents;

    AdminAgentsController(ReadYourWrites readYourWrites, QueryGateway queries, PasswordEncoder passwords,
            StoredAgents storedAgents) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.passwords = passwords;
        this.storedAgents = storedAgents;
    }

    @GetMapping
    @Operation(summary = "Every agent not removed, with its account fields, as {results: {agents: [...]}}"
            + " (SUPERUSER)")
    AdminAgentListJson list() {
        return AdminAgentListJson.of(queries.query(new FindAgentsQuery(LIST_LIMIT),
                ResponseTypes.multipleInstancesOf(AgentView.class)).join().stream().map(AdminAgentJson::of).toList());
    }

    @PostMapping
    @Operation(summary = "Create an agent account (SUPERUSER)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AdminAgentJson> create(@Valid @RequestBody CreateAdminAgentRequest request) {
        if (!request.confirmationMatches()) {
            throw FieldValidationException.of("confirm_password", CreateAdminAgentRequest.PASSWORDS_DIFFER);
        }
        Optional<AgentView> stored = storedAgents.createdByAnEarlierRun(request.username(), request.email(),
                request.password());
        if (stored.isPresent()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(AdminAgentJson.of(stored.get()));
        }
        RegisterAgentCommand command = new RegisterAgentCommand(request.username(), request.email(),
                passwords.encode(request.password()), request.firstName(), request.lastName(),
                Objects.requireNonNullElse(request.maxConcurrentChats(),
                        AgentCapacity.DEFAULT),
                Objects.requireNonNullElse(request.available(), true), request.employeeId(), request.department());
        // Login and the token filter read the users model: the agent may log in once this answers.
        AgentView agent = readYourWrites.sendOr(command,
                new Awaited<>(new FindAgentByUsernameQuery(request.username()), AgentView.class, view -> true),
                (Object registered) -> ((RegisteredAgent) registered).asStored(command),
                new Awaited<>(new FindUserByUsernameQuery(request.username()), UserView.class, view -> true));
        return ResponseEntity.status(HttpStatus.CREATED).body(AdminAgentJson.of(agent));
    }

    /**
     * Several commands, one per aggregate concern; every field is checked before the first is sent, so
     * bad input changes nothing (only a write refused by the domain, such as a taken email, stops the
     * sequence, and it goes first).
     */
    @PutMapping("/{id}")
    @Operation(summary = "Change an agent's profile, details, settings and/or password (SUPERUSER)")
    AdminAgentJson update(@PathVariable long id, @Valid @RequestBody UpdateAdminAgentRequest request) {
        AgentView current = find(id);
        if (!current.active()) {
            // Its profile is frozen; making it available again would put a removed agent back on the queue.
            throw new RuleViolationException("AccountDeactivated", "La cuenta está desactivada.");
        }
        checkCapacity(request.maxConcurrentChats());
        if (request.password() != null && request.password().isBlank()) {
            throw FieldValidationException.of("password", "Este campo no puede estar en blanco.");
        }
        AgentView view = current;
        if (request.email() != null || request.firstName() != null || request.lastName() != null) {
            String email = Objects.requireNonNullElse(request.email(), current.email());
            String firstName = Objects.requireNonNullElse(request.firstName(), current.firstName());
            String lastName = Objects.requireNonNullElse(request.lastName(), current.lastName());
            view = readYourWrites.send(new ChangeUserProfileCommand(current.userId(), email, firstName, lastName),
                    new FindAgentByIdQuery(id), AgentView.class,
                    v -> v.email().equals(email) && v.firstName().equals(firstName)
                            && v.lastName().equals(lastName));
        }
        if (request.employeeId() != null || request.department() != null) {
            view = readYourWrites.send(new ChangeAgentDetailsCommand(id, request.employeeId(), request.department()),
                    new FindAgentByIdQuery(id), AgentView.class,
                    v -> (request.employeeId() == null || request.employeeId().equals(v.employeeId()))
                            && (request.department() == null || request.department().equals(v.department())));
        }
        if (request.available() != null || request.maxConcurrentChats() != null) {
            view = readYourWrites.send(
                    new ChangeAgentSettingsCommand(id, request.available(), request.maxConcurrentChats()),
                    new FindAgentByIdQuery(id), AgentView.class,
                    v -> (request.available() == null || v.available() == request.available())
                            && (request.maxConcurrentChats() == null
                            || v.maxConcurrentChats() == request.maxConcurrentChats()));
        }
        if (request.password() != null) {
            String hash = passwords.encode(request.password());
            readYourWrites.send(new ChangePasswordCommand(current.userId(), hash),
                    new FindLoginAccountQuery(current.username()), LoginAccountView.class,
                    account -> account.passwordHash().equals(hash));
        }
        return AdminAgentJson.of(view);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an agent: its account is deactivated (no more logins, tokens or chats) and it"
            + " leaves the agent lists; its history stays (SUPERUSER)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        AgentView current = find(id);
        readYourWrites.send(new RetireAgentCommand(id), new FindAgentByIdQuery(id), AgentView.class,
                v -> !v.available());
        if (current.active()) {
            readYourWrites.send(new DeactivateUserCommand(current.userId()),
                    new Awaited<>(new FindAgentByIdQuery(id), AgentView.class, v -> !v.active()),
                    new Awaited<>(new FindUserByIdQuery(current.userId()), UserView.class, v -> !v.active()));
        }
        return ResponseEntity.noContent().build();
    }

    private AgentView find(long id) {
        return queries.query(new FindAgentByIdQuery(id), ResponseTypes.optionalInstanceOf(AgentView.class))
                .join().orElseThrow(NotFoundException::new);
    }

    private static void checkCapacity(Integer maxConcurrentChats) {
        if (maxConcurrentChats == null) {
            return;
        }
        AgentCapacity.check(maxConcurrentChats);
    }
}
