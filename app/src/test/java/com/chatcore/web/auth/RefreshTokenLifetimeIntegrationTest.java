package com.chatcore.web.auth;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.auth.Bodies.INVALID_TOKEN;
import static com.chatcore.web.auth.Bodies.TOKEN_NOT_VALID;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, the limits in time of a refresh chain, at their defaults (grace window 30 s, absolute lifetime
 * 7 days): they need a clock the tests move, so a context (and a PostgreSQL) of their own. It does not
 * extend IntegrationTest because that base fixes the shared context's data directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.jwt.secret=refresh-lifetime-secret-of-at-least-32-bytes!",
        "chat.bootstrap-superuser.username=" + IntegrationTest.SUPERUSER,
        "chat.bootstrap-superuser.password=" + IntegrationTest.SUPERUSER_PASSWORD,
        "chat.embedded-database.durable=false"
})
@Import(MovableClock.AsApplicationClock.class)
class RefreshTokenLifetimeIntegrationTest {

    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration ABSOLUTE_LIFETIME = Duration.ofDays(7);

    @LocalServerPort
    private int port;

    @Autowired
    private MovableClock clock;

    private ApiClient api;
    private Accounts accounts;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "refresh-" + UUID.randomUUID()).toString());
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        accounts = new Accounts(api);
    }

    private String agent() {
        String name = IntegrationTest.unique("eva");
        accounts.createAgent(name, 5);
        return name;
    }

    private JsonNode login(String username) {
        ApiClient.Response response = api.post("/api/token/",
                Map.of("username", username, "password", Accounts.PASSWORD), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private ApiClient.Response refresh(JsonNode pair) {
        return api.post("/api/token/refresh/", Map.of("refresh", pair.get("refresh").asString()), null);
    }

    private JsonNode refreshed(JsonNode pair) {
        ApiClient.Response response = refresh(pair);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private int agentsWith(JsonNode pair) {
        return api.get("/api/agents/", pair.get("access").asString()).status();
    }

    @Test
    void aRefreshTokenAnswersTheSamePairUntilTheLastSecondOfItsGraceWindow() {
        JsonNode login = login(agent());
        JsonNode first = refreshed(login);

        clock.advance(GRACE);

        assertThat(refreshed(login)).isEqualTo(first);
        assertThat(agentsWith(first)).isEqualTo(200);
    }

    @Test
    void reuseAfterTheGraceWindowRevokesEveryTokenOfThatLoginOnly() {
        String name = agent();
        JsonNode login = login(name);
        JsonNode first = refreshed(login);
        JsonNode second = refreshed(first);
        JsonNode otherLogin = login(name);

        clock.advance(GRACE.plusSeconds(1));

        assertAnswer(refresh(login), 401, TOKEN_NOT_VALID);
        for (JsonNode pair : List.of(login, first, second)) {
            assertAnswer(api.get("/api/agents/", pair.get("access").asString()), 401, INVALID_TOKEN);
        }
        assertAnswer(refresh(first), 401, TOKEN_NOT_VALID);
        assertAnswer(refresh(second), 401, TOKEN_NOT_VALID);
        assertThat(agentsWith(otherLogin)).isEqualTo(200);
        assertThat(agentsWith(refreshed(otherLogin))).isEqualTo(200);
    }

    @Test
    void aRefreshChainEndsAtTheAbsoluteLifetimeFromItsLogin() {
        String name = agent();
        JsonNode pair = login(name);
        long authTime = Tokens.payload(pair.get("access").asString()).get("auth_time").asLong();
        Duration elapsed = Duration.ZERO;
        // Each refresh token lives a day, so a client that keeps refreshing keeps its login going...
        while (elapsed.plusHours(23).compareTo(ABSOLUTE_LIFETIME) < 0) {
            clock.advance(Duration.ofHours(23));
            elapsed = elapsed.plusHours(23);
            pair = refreshed(pair);
        }
        clock.advance(ABSOLUTE_LIFETIME.minus(elapsed).minusSeconds(1));
        pair = refreshed(pair);

        // ...up to the absolute lifetime, which no token of the login outlives...
        for (String token : List.of(pair.get("access").asString(), pair.get("refresh").asString())) {
            JsonNode claims = Tokens.payload(token);
            assertThat(claims.get("auth_time").asLong()).isEqualTo(authTime);
            assertThat(claims.get("exp").asLong()).isEqualTo(authTime + ABSOLUTE_LIFETIME.toSeconds());
        }
        assertThat(agentsWith(pair)).isEqualTo(200);

        // ...and then it has to log in again.
        clock.advance(Duration.ofSeconds(1));
        assertAnswer(refresh(pair), 401, TOKEN_NOT_VALID);
        assertThat(agentsWith(refreshed(login(name)))).isEqualTo(200);
    }
}
