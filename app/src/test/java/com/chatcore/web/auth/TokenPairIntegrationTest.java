package com.chatcore.web.auth;

import com.chatcore.api.user.DeactivateUserCommand;
import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import io.jsonwebtoken.Jwts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static com.chatcore.web.auth.Bodies.INVALID_TOKEN;
import static com.chatcore.web.auth.Bodies.REQUIRED;
import static com.chatcore.web.auth.Bodies.TOKEN_NOT_VALID;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SimpleJWT's POST /api/token/ and /api/token/refresh/, and logout revoking the refresh token. */
class TokenPairIntegrationTest extends IntegrationTest {

    private static final String NO_ACCOUNT =
            "{\"detail\": \"No se encontró una cuenta de usuario activa para las credenciales dadas\"}";
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);

    @Autowired
    private CommandGateway commands;

    @Value("${chat.jwt.secret}")
    private String secret;

    private ApiClient.Response obtain(String username, String password) {
        return api.post("/api/token/", Map.of("username", username, "password", password), null);
    }

    private ApiClient.Response refresh(String refreshToken) {
        return api.post("/api/token/refresh/", Map.of("refresh", refreshToken), null);
    }

    private JsonNode pairOf(String username) {
        ApiClient.Response response = obtain(username, Accounts.PASSWORD);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void obtainingAnswersAnAccessAndARefreshToken() {
        String name = unique("eva");
        long userId = accounts.createAgent(name, 5).get("user").get("id").asLong();

        JsonNode pair = pairOf(name);

        assertThat(pair.propertyNames()).containsExactly("access", "refresh");
        JsonNode access = Tokens.payload(pair.get("access").asString());
        assertThat(access.get("token_type").asString()).isEqualTo("access");
        assertThat(access.get("sub").asString()).isEqualTo(Long.toString(userId));
        assertThat(access.get("roles")).isEqualTo(Bodies.json("[\"AGENT\"]"));
        assertThat(access.get("iss").asString()).isEqualTo("chatcore");
        assertThat(access.get("jti").asString()).isNotBlank();
        assertThat(access.get("exp").asLong() - access.get("iat").asLong()).isEqualTo(Duration.ofMinutes(5).toSeconds());
        JsonNode refresh = Tokens.payload(pair.get("refresh").asString());
        assertThat(refresh.get("token_type").asString()).isEqualTo("refresh");
        assertThat(refresh.get("sub").asString()).isEqualTo(Long.toString(userId));
        assertThat(refresh.get("exp").asLong() - refresh.get("iat").asLong()).isEqualTo(Duration.ofDays(1).toSeconds());
        assertThat(refresh.get("jti").asString()).isNotEqualTo(access.get("jti").asString());
    }

    @Test
    void theAccessTokenIsABearerCredentialAndTheRefreshTokenIsNot() {
        String name = unique("eva");
        accounts.createAgent(name, 5);
        JsonNode pair = pairOf(name);

        assertThat(api.get("/api/agents/", pair.get("access").asString()).status()).isEqualTo(200);
        assertAnswer(api.get("/api/agents/", pair.get("refresh").asString()), 401, INVALID_TOKEN);
        assertAnswer(api.send(api.request("/api/agents/", null)
                .header("Authorization", "Token " + pair.get("refresh").asString()).GET()), 401, INVALID_TOKEN);
    }

    @Test
    void worksWithoutTheTrailingSlash() {
        String name = unique("ana");
        accounts.register(name);

        ApiClient.Response obtained = api.post("/api/token", Map.of("username", name, "password", Accounts.PASSWORD),
                null);
        assertThat(obtained.status()).as(obtained.toString()).isEqualTo(200);
        ApiClient.Response refreshed = api.post("/api/token/refresh",
                Map.of("refresh", obtained.json().get("refresh").asString()), null);
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
    }

    @Test
    void badCredentialsAnswerSimpleJwtsMessage() {
        String name = unique("ana");
        accounts.register(name);

        assertAnswer(obtain(name, "wrong-password-1"), 401, NO_ACCOUNT);
        assertAnswer(obtain(unique("nobody"), Accounts.PASSWORD), 401, NO_ACCOUNT);
    }

    @Test
    void aDeactivatedAccountObtainsNoTokens() {
        String name = unique("eva");
        long userId = accounts.createAgent(name, 5).get("user").get("id").asLong();

        commands.sendAndWait(new DeactivateUserCommand(userId));

        await().atMost(READ_MODEL_WAIT).untilAsserted(() ->
                assertAnswer(obtain(name, Accounts.PASSWORD), 401, NO_ACCOUNT));
    }

    @Test
    void missingFieldsAreRequired() {
        assertAnswer(api.post("/api/token/", Map.of(), null), 400,
                "{\"username\": [\"" + REQUIRED + "\"], \"password\": [\"" + REQUIRED + "\"]}");
        assertAnswer(api.post("/api/token/", Map.of("username", "ana"), null), 400,
                "{\"password\": [\"" + REQUIRED + "\"]}");
        assertAnswer(api.post("/api/token/refresh/", Map.of(), null), 400,
                "{\"refresh\": [\"" + REQUIRED + "\"]}");
    }

    @Test
    void refreshingRotatesTheRefreshToken() {
        String name = unique("eva");
        accounts.createAgent(name, 5);
        JsonNode first = pairOf(name);

        ApiClient.Response rotated = refresh(first.get("refresh").asString());

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        JsonNode second = rotated.json();
        assertThat(second.propertyNames()).containsExactly("access", "refresh");
        assertThat(Tokens.payload(second.get("access").asString()).get("token_type").asString()).isEqualTo("access");
        assertThat(Tokens.payload(second.get("refresh").asString()).get("token_type").asString())
                .isEqualTo("refresh");
        assertThat(api.get("/api/agents/", second.get("access").asString()).status()).isEqualTo(200);
        assertThat(second.get("refresh").asString()).isNotEqualTo(first.get("refresh").asString());
        ApiClient.Response third = refresh(second.get("refresh").asString());
        assertThat(third.status()).as(third.toString()).isEqualTo(200);
        assertThat(third.json().get("refresh").asString()).isNotEqualTo(second.get("refresh").asString());
    }

    @Test
    void onlyAValidRefreshTokenRefreshes() {
        String name = unique("ana");
        accounts.register(name);
        JsonNode pair = pairOf(name);
        JsonNode claims = Tokens.payload(pair.get("refresh").asString());
        String expired = Tokens.claims(claims.get("sub").asString(), "USER", Instant.now().minus(Duration.ofDays(2)),
                Duration.ofDays(1)).claim("token_type", "refresh").signWith(Tokens.key(secret), Jwts.SIG.HS256)
                .compact();
        String forged = Tokens.claims(claims.get("sub").asString(), "USER", Instant.now(), Duration.ofDays(1))
                .claim("token_type", "refresh")
                .signWith(Tokens.key("another-secret-of-at-least-32-bytes!!"), Jwts.SIG.HS256).compact();
        String untyped = Tokens.claims(claims.get("sub").asString(), "USER", Instant.now(), Duration.ofDays(1))
                .signWith(Tokens.key(secret), Jwts.SIG.HS256).compact();

        assertAnswer(refresh(pair.get("access").asString()), 401, TOKEN_NOT_VALID);
        assertAnswer(refresh(accounts.login(name, Accounts.PASSWORD)), 401, TOKEN_NOT_VALID);
        assertAnswer(refresh(untyped), 401, TOKEN_NOT_VALID);
        assertAnswer(refresh(expired), 401, TOKEN_NOT_VALID);
        assertAnswer(refresh(forged), 401, TOKEN_NOT_VALID);
        assertAnswer(refresh("not-a-token"), 401, TOKEN_NOT_VALID);
    }

    @Test
    void aDeactivatedAccountCannotRefresh() {
        String name = unique("eva");
        long userId = accounts.createAgent(name, 5).get("user").get("id").asLong();
        JsonNode pair = pairOf(name);

        commands.sendAndWait(new DeactivateUserCommand(userId));

        await().atMost(READ_MODEL_WAIT).untilAsserted(() ->
                assertAnswer(api.get("/api/agents/", pair.get("access").asString()), 401, INVALID_TOKEN));
        assertAnswer(refresh(pair.get("refresh").asString()), 401, TOKEN_NOT_VALID);
    }

    @Test
    void logoutRevokesTheAccessTokenAndTheRefreshTokenInTheBody() {
        String name = unique("eva");
        accounts.createAgent(name, 5);
        JsonNode pair = pairOf(name);
        String access = pair.get("access").asString();

        assertAnswer(api.post("/api/auth/logout/", Map.of("refresh", pair.get("refresh").asString()), access), 200,
                "{\"message\": \"Successfully logged out\"}");

        assertAnswer(api.get("/api/agents/", access), 401, INVALID_TOKEN);
        assertAnswer(refresh(pair.get("refresh").asString()), 401, TOKEN_NOT_VALID);
    }

    @Test
    void logoutWithoutARefreshTokenRevokesTheRefreshTokenOfItsLogin() {
        String name = unique("ana");
        accounts.register(name);
        JsonNode pair = pairOf(name);

        ApiClient.Response out = api.send(api.request("/api/auth/logout/", pair.get("access").asString())
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertAnswer(out, 200, "{\"message\": \"Successfully logged out\"}");
        assertAnswer(refresh(pair.get("refresh").asString()), 401, TOKEN_NOT_VALID);
    }

    @Test
    void logoutLeavesSomeoneElsesRefreshTokenAlone() {
        String mine = unique("ana");
        String theirs = unique("bea");
        accounts.register(mine);
        accounts.register(theirs);
        JsonNode myPair = pairOf(mine);
        JsonNode theirPair = pairOf(theirs);
        Map<String, Object> body = new HashMap<>();
        body.put("refresh", theirPair.get("refresh").asString());

        assertThat(api.post("/api/auth/logout/", body, myPair.get("access").asString()).status()).isEqualTo(200);

        assertThat(refresh(theirPair.get("refresh").asString()).status()).isEqualTo(200);
    }
}
