package com.chatcore.web.auth;

import com.chatcore.api.user.LoginAccountView;
import com.chatcore.security.TokenPairs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SimpleJWT's endpoints, as the frontend of issue 4 calls them: an access/refresh pair, refresh rotates
 * (with a grace window and token families: {@link TokenPairs}).
 */
@RestController
@RequestMapping("/api/token")
class TokenController {

    static final String NO_ACTIVE_ACCOUNT = "No se encontró una cuenta de usuario activa para las credenciales dadas";
    static final String DETAIL_ERROR = "#/components/schemas/DetailError";
    static final String TOKEN_NOT_VALID = "El token es inválido o ha expirado";

    private final Credentials credentials;
    private final TokenPairs pairs;

    TokenController(Credentials credentials, TokenPairs pairs) {
        this.credentials = credentials;
        this.pairs = pairs;
    }

    @PostMapping
    @SecurityRequirements
    @Operation(summary = "Exchange username and password for an access and a refresh token (SimpleJWT)")
    @ApiResponse(responseCode = "200", description = "A new pair",
            content = @Content(schema = @Schema(implementation = TokenPairJson.class)))
    @ApiResponse(responseCode = "401", description = "No active account with these credentials",
            content = @Content(schema = @Schema(ref = DETAIL_ERROR), examples = @ExampleObject(
                    "{\"detail\": \"" + NO_ACTIVE_ACCOUNT + "\"}")))
    ResponseEntity<?> obtain(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        Optional<LoginAccountView> account = credentials.activeAccount(request.username(), request.password(),
                http.getRemoteAddr());
        if (account.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("detail", NO_ACTIVE_ACCOUNT));
        }
        return ResponseEntity.ok(json(pairs.issue(account.get())));
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(summary = "Exchange a refresh token for a new pair (SimpleJWT); for a grace window after its first"
            + " use the old refresh token answers the same pair, reused later it revokes its whole login")
    @ApiResponse(responseCode = "200", description = "A new pair",
            content = @Content(schema = @Schema(implementation = TokenPairJson.class)))
    @ApiResponse(responseCode = "401", description = "The refresh token is invalid, expired, revoked or reused",
            content = @Content(schema = @Schema(ref = DETAIL_ERROR), examples = @ExampleObject(
                    "{\"detail\": \"" + TOKEN_NOT_VALID + "\", \"code\": \"token_not_valid\"}")))
    ResponseEntity<?> refresh(@Valid @RequestBody RefreshRequest request) {
        return pairs.refresh(request.refresh())
                .<ResponseEntity<?>>map(pair -> ResponseEntity.ok(json(pair)))
                .orElseGet(() -> {
                    Map<String, String> body = new LinkedHashMap<>();
                    body.put("detail", TOKEN_NOT_VALID);
                    body.put("code", "token_not_valid");
                    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(body);
                });
    }

    private static TokenPairJson json(TokenPairs.Pair pair) {
        return new TokenPairJson(pair.access(), pair.refresh());
    }
}
