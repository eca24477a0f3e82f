package com.chatcore.web.auditors;

import com.chatcore.api.AggregateIds;
import com.chatcore.api.user.DeactivateUserCommand;
import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.FindUserByUsernameQuery;
import com.chatcore.api.user.FindUsersByRoleQuery;
import com.chatcore.api.user.RegisterUserCommand;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import com.chatcore.web.auth.EarlierRegistrations;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Issue 13's auditor administration (SUPERUSER): an auditor is a user with the AUDITOR role, opened by the
 * {@code User} aggregate like any account, listed and deactivated as agents are (a deactivated one leaves the
 * list, its history stays).
 */
@RestController
@RequestMapping("/api/auditors")
@PreAuthorize("hasRole('SUPERUSER')")
class AuditorsController {

    /** The list has no pagination; this bounds it all the same. */
    static final int LIST_LIMIT = 1000;

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final PasswordEncoder passwords;
    private final EarlierRegistrations earlierRegistrations;

    AuditorsController(ReadYourWrites readYourWrites, QueryGateway queries, PasswordEncoder passwords,
            EarlierRegistrations earlierRegistrations) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.passwords = passwords;
        this.earlierRegistrations = earlierRegistrations;
    }

    @GetMapping
    @Operation(summary = "Every active auditor, oldest first (SUPERUSER)")
    List<AuditorJson> list() {
        return queries.query(new FindUsersByRoleQuery(Role.AUDITOR, LIST_LIMIT),
                ResponseTypes.multipleInstancesOf(UserView.class)).join().stream().map(AuditorJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create an auditor account: reads every conversation's history, changes nothing"
            + " (SUPERUSER)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AuditorJson> create(@Valid @RequestBody CreateAuditorRequest request) {
        Optional<UserView> stored = earlierRegistrations.userIdOf(request.username(), request.password(),
                        Role.AUDITOR)
                .flatMap(this::find)
                .filter(user -> user.email().equalsIgnoreCase(request.email()));
        if (stored.isPresent()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(AuditorJson.of(stored.get()));
        }
        RegisterUserCommand command = new RegisterUserCommand(request.username(), request.email(),
                passwords.encode(request.password()), request.firstName(), request.lastName(), Role.AUDITOR);
        // Login and the token filter read the users model: the auditor may log in once this answers.
        UserView user = readYourWrites.sendOr(command,
                new Awaited<>(new FindUserByUsernameQuery(request.username()), UserView.class, view -> true),
                (Object aggregateId) -> new UserView(AggregateIds.userIdOf((String) aggregateId), request.username(),
                        request.email(), Objects.requireNonNullElse(request.firstName(), ""),
                        Objects.requireNonNullElse(request.lastName(), ""), Role.AUDITOR, true, 0));
        return ResponseEntity.status(HttpStatus.CREATED).body(AuditorJson.of(user));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deactivate an auditor: no more logins or tokens, it leaves the list; its history stays"
            + " (SUPERUSER)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        UserView auditor = find(id).filter(user -> user.role() == Role.AUDITOR).orElseThrow(NotFoundException::new);
        if (auditor.active()) {
            readYourWrites.send(new DeactivateUserCommand(id), new FindUserByIdQuery(id), UserView.class,
                    view -> !view.active());
        }
        return ResponseEntity.noContent().build();
    }

    private Optional<UserView> find(long id) {
        return queries.query(new FindUserByIdQuery(id), ResponseTypes.optionalInstanceOf(UserView.class)).join();
    }
}
