package com.chatcore.web.auth;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.chatcore.web.auth.Bodies.INVALID_TOKEN;
import static com.chatcore.web.auth.Bodies.TOKEN_NOT_VALID;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: each login of /api/token/ starts a token family; a refresh token answers one pair however
 * often it is sent within its grace window (the seed-003 client refreshes from parallel requests), and
 * logout ends the whole login. The grace window's end and the absolute lifetime, which need a clock that
 * moves: RefreshTokenLifetimeIntegrationTest.
 */
class RefreshTokenFamiliesIntegrationTest extends IntegrationTest {

    private static final String LOGGED_OUT = "{\"message\": \"Successfully logged out\"}";
    private static final int PARALLEL = 8;

    private JsonNode pairOf(String username) {
        ApiClient.Response response = api.post("/api/token/",
                Map.of("username", username, "password", Accounts.PASSWORD), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private ApiClient.Response refresh(String refreshToken) {
        return api.post("/api/token/refresh/", Map.of("refresh", refreshToken), null);
    }

    private ApiClient.Response logoutWithoutBody(String access) {
        return api.send(api.request("/api/auth/logout/", access).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String agent() {
        String name = unique("eva");
        accounts.createAgent(name, 5);
        return name;
    }

    @Test
    void parallelRefreshesWithOneRefreshTokenAllAnswerTheSamePair() throws Exception {
        JsonNode pair = pairOf(agent());
        String refreshToken = pair.get("refresh").asString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return refresh(refreshToken);
                }));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(responses).allSatisfy(response ->
                    assertThat(response.status()).as(response.toString()).isEqualTo(200));
            JsonNode refreshed = responses.get(0).json();
            assertThat(responses).extracting(ApiClient.Response::json).containsOnly(refreshed);
            assertThat(api.get("/api/agents/", refreshed.get("access").asString()).status()).isEqualTo(200);
            assertThat(refresh(refreshed.get("refresh").asString()).status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theRefreshTokenAnswersTheSamePairAgainWithinItsGraceWindow() {
        JsonNode pair = pairOf(agent());

        JsonNode first = refresh(pair.get("refresh").asString()).json();
        ApiClient.Response again = refresh(pair.get("refresh").asString());

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first);
        assertThat(api.get("/api/agents/", first.get("access").asString()).status()).isEqualTo(200);
        assertThat(refresh(first.get("refresh").asString()).status()).isEqualTo(200);
    }

    @Test
    void everyTokenOfALoginNamesItsFamilyAndWhenItBegan() {
        JsonNode login = pairOf(agent());
        JsonNode refreshed = refresh(login.get("refresh").asString()).json();

        JsonNode loginAccess = Tokens.payload(login.get("access").asString());
        String family = loginAccess.get("token_family").asString();
        long authTime = loginAccess.get("auth_time").asLong();
        assertThat(family).isNotBlank();
        assertThat(authTime).isEqualTo(loginAccess.get("iat").asLong());
        for (JsonNode pair : List.of(login, refreshed)) {
            for (String token : List.of(pair.get("access").asString(), pair.get("refresh").asString())) {
                JsonNode claims = Tokens.payload(token);
                assertThat(claims.get("token_family").asString()).isEqualTo(family);
                assertThat(claims.get("auth_time").asLong()).isEqualTo(authTime);
            }
        }
        assertThat(Tokens.payload(pairOf(agent()).get("access").asString()).get("token_family").asString())
                .isNotEqualTo(family);
    }

    @Test
    void aRefreshTokenIssuedBeforeFamiliesStartsOneNamedAfterIt() {
        String name = unique("eva");
        String userId = accounts.createAgent(name, 5).get("user").get("id").asString();
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        String legacy = Tokens.claims(userId, "AGENT", issued, Duration.ofDays(1)).claim("token_type", "refresh")
                .claim("token_generation", 0).signWith(Tokens.key(JWT_SECRET), Jwts.SIG.HS256).compact();

        ApiClient.Response response = refresh(legacy);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode access = Tokens.payload(response.json().get("access").asString());
        assertThat(access.get("token_family").asString()).isEqualTo(Tokens.payload(legacy).get("jti").asString());
        assertThat(access.get("auth_time").asLong()).isEqualTo(issued.getEpochSecond());
        assertThat(refresh(legacy).json()).isEqualTo(response.json());
    }

    @Test
    void logoutWithoutABodyEndsEveryTokenOfThatLoginButNotAnotherLogin() {
        String name = agent();
        JsonNode login = pairOf(name);
        JsonNode refreshed = refresh(login.get("refresh").asString()).json();
        JsonNode otherLogin = pairOf(name);

        assertAnswer(logoutWithoutBody(refreshed.get("access").asString()), 200, LOGGED_OUT);

        assertAnswer(refresh(refreshed.get("refresh").asString()), 401, TOKEN_NOT_VALID);
        assertAnswer(refresh(login.get("refresh").asString()), 401, TOKEN_NOT_VALID);
        assertAnswer(api.get("/api/agents/", login.get("access").asString()), 401, INVALID_TOKEN);
        assertAnswer(api.get("/api/agents/", refreshed.get("access").asString()), 401, INVALID_TOKEN);
        assertThat(api.get("/api/agents/", otherLogin.get("access").asString()).status()).isEqualTo(200);
        ApiClient.Response other = refresh(otherLogin.get("refresh").asString());
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
    }

    @Test
    void logoutWithTheRefreshTokenInTheBodyEndsItsLogin() {
        String name = agent();
        JsonNode login = pairOf(name);
        JsonNode otherLogin = pairOf(name);

        assertAnswer(api.post("/api/auth/logout/", Map.of("refresh", login.get("refresh").asString()),
                otherLogin.get("access").asString()), 200, LOGGED_OUT);

        assertAnswer(refresh(login.get("refresh").asString()), 401, TOKEN_NOT_VALID);
        assertAnswer(api.get("/api/agents/", login.get("access").asString()), 401, INVALID_TOKEN);
        assertAnswer(refresh(otherLogin.get("refresh").asString()), 401, TOKEN_NOT_VALID);
    }

    @Test
    void logoutWithASeedLoginTokenLeavesTheUsersPairsAlone() {
        String name = agent();
        JsonNode pair = pairOf(name);
        String seedToken = accounts.login(name, Accounts.PASSWORD);

        assertAnswer(logoutWithoutBody(seedToken), 200, LOGGED_OUT);

        assertThat(api.get("/api/agents/", pair.get("access").asString()).status()).isEqualTo(200);
        assertThat(refresh(pair.get("refresh").asString()).status()).isEqualTo(200);
    }
}
