package com.chatcore.web.auth;

import com.chatcore.api.AggregateIds;
import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByUserIdQuery;
import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.FindUserByUsernameQuery;
import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.RegisterUserCommand;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import com.chatcore.security.Caller;
import com.chatcore.security.Logout;
import com.chatcore.security.TokenService;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Seed 003 "Autenticación", plus public registration of customer accounts. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    static final String BAD_CREDENTIALS = "No puede iniciar sesión con las credenciales proporcionadas.";

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final Logout logout;
    private final Credentials credentials;
    private final EarlierRegistrations earlierRegistrations;

    AuthController(ReadYourWrites readYourWrites, QueryGateway queries, PasswordEncoder passwords,
            TokenService tokens, Logout logout, Credentials credentials, EarlierRegistrations earlierRegistrations) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.passwords = passwords;
        this.tokens = tokens;
        this.logout = logout;
        this.credentials = credentials;
        this.earlierRegistrations = earlierRegistrations;
    }

    @PostMapping("/register")
    @SecurityRequirements
    @Operation(summary = "Open a customer (USER) account")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RegisterResponse> register(@Valid @RequestBody RegisterRequest request) {
        Optional<UserView> stored = sameRegistration(request);
        if (stored.isPresent()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new RegisterResponse(UserJson.of(stored.get())));
        }
        RegisterUserCommand command = new RegisterUserCommand(request.username(), request.email(),
                passwords.encode(request.password()), request.firstName(), request.lastName(), Role.USER);
        UserView user = readYourWrites.sendOr(command,
                new Awaited<>(new FindUserByUsernameQuery(request.username()), UserView.class, view -> true),
                (Object aggregateId) -> new UserView(AggregateIds.userIdOf((String) aggregateId), request.username(),
                        request.email(), Objects.requireNonNullElse(request.firstName(), ""),
                        Objects.requireNonNullElse(request.lastName(), ""),
                        Role.USER, true, 0));
        return ResponseEntity.status(HttpStatus.CREATED).body(new RegisterResponse(UserJson.of(user)));
    }

    /** The account an earlier run of this keyed registration stored (same username, email and password). */
    private Optional<UserView> sameRegistration(RegisterRequest request) {
        return earlierRegistrations.userIdOf(request.username(), request.password(), Role.USER)
                .flatMap(userId -> queries.query(new FindUserByIdQuery(userId),
                        ResponseTypes.optionalInstanceOf(UserView.class)).join())
                .filter(user -> user.email().equalsIgnoreCase(request.email()));
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Exchange username and password for a token (seed 003)")
    @ApiResponse(responseCode = "200", description = "The token, the user and, for agents, the agent",
            content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        Optional<LoginAccountView> account = credentials.activeAccount(request.username(), request.password(),
                http.getRemoteAddr());
        if (account.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("non_field_errors", List.of(BAD_CREDENTIALS)));
        }
        LoginAccountView found = account.get();
        UserView user = queries.query(new FindUserByIdQuery(found.userId()),
                ResponseTypes.optionalInstanceOf(UserView.class)).join().orElseThrow();
        LoginAgentJson agent = found.role() == Role.AGENT
                ? queries.query(new FindAgentByUserIdQuery(found.userId()),
                        ResponseTypes.optionalInstanceOf(AgentView.class)).join().map(LoginAgentJson::of).orElse(null)
                : null;
        return ResponseEntity.ok(new LoginResponse(tokens.issue(found), UserJson.of(user),
                agent));
    }

    @PostMapping("/logout")
    @Operation(summary = "Revoke the caller's token for good, with every token of the login it belongs to, and the"
            + " refresh token in the body if any")
    LogoutResponse logout(@AuthenticationPrincipal Caller caller,
            @RequestBody(required = false) Map<String, Object> body) {
        logout.revokeTokenOf(caller);
        if (body != null && body.get("refresh") instanceof String refresh) {
            logout.revokeRefreshToken(caller, refresh);
        }
        return new LogoutResponse("Successfully logged out");
    }
}
