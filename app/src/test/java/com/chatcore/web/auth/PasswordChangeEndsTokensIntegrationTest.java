package com.chatcore.web.auth;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static com.chatcore.web.auth.Bodies.INVALID_TOKEN;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: a password change or a deactivation ends every access and refresh token issued before it,
 * while tokens issued right after it (usually in the same second) work.
 */
class PasswordChangeEndsTokensIntegrationTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "battery-staple-2";
    private static final String NOT_VALID = "{\"detail\": \"El token es inválido o ha expirado\", "
            + "\"code\": \"token_not_valid\"}";

    private String name;
    private long agentId;
    private String loginToken;
    private JsonPair pair;

    private record JsonPair(String access, String refresh) {
    }

    @BeforeEach
    void agentWithBothKindsOfToken() {
        name = unique("eva");
        agentId = accounts.createAgent(name, 5).get("id").asLong();
        loginToken = accounts.login(name, Accounts.PASSWORD);
        pair = obtainPair(Accounts.PASSWORD);
    }

    private JsonPair obtainPair(String password) {
        ApiClient.Response response = api.post("/api/token/", Map.of("username", name, "password", password), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return new JsonPair(response.json().get("access").asString(), response.json().get("refresh").asString());
    }

    private ApiClient.Response changeAgent(Map<String, Object> body) {
        return api.send(api.request("/api/admin-agents/" + agentId + "/", accounts.superuserToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ApiClient.json(body))));
    }

    private ApiClient.Response refresh(String refreshToken) {
        return api.post("/api/token/refresh/", Map.of("refresh", refreshToken), null);
    }

    private int agents(String token) {
        return api.get("/api/agents/", token).status();
    }

    private int handshake(String token) {
        try {
            HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws/my_chats/?token=" + token),
                            new WebSocket.Listener() { })
                    .join().abort();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    @Test
    void anAdminsPasswordChangeEndsTheOldLoginTokenAccessTokenAndRefreshToken() {
        assertThat(agents(loginToken)).isEqualTo(200);

        ApiClient.Response changed = changeAgent(Map.of("password", NEW_PASSWORD));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertAnswer(api.get("/api/agents/", loginToken), 401, INVALID_TOKEN);
        assertAnswer(api.get("/api/agents/", pair.access()), 401, INVALID_TOKEN);
        assertAnswer(refresh(pair.refresh()), 401, NOT_VALID);
        assertThat(handshake(loginToken)).isEqualTo(401);
    }

    @Test
    void tokensIssuedRightAfterTheChangeWorkEvenInTheSameSecond() {
        changeAgent(Map.of("password", NEW_PASSWORD));

        String fresh = accounts.login(name, NEW_PASSWORD);
        JsonPair freshPair = obtainPair(NEW_PASSWORD);

        assertThat(agents(fresh)).isEqualTo(200);
        assertThat(agents(freshPair.access())).isEqualTo(200);
        ApiClient.Response refreshed = refresh(freshPair.refresh());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(agents(refreshed.json().get("access").asString())).isEqualTo(200);
        assertThat(handshake(fresh)).isEqualTo(101);
    }

    @Test
    void changesWithoutAPasswordLeaveTokensAlone() {
        ApiClient.Response changed = changeAgent(Map.of("department", "Ventas", "first_name", "Eva"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(agents(loginToken)).isEqualTo(200);
        assertThat(refresh(pair.refresh()).status()).isEqualTo(200);
    }

    @Test
    void deactivationEndsTheRefreshTokenToo() {
        ApiClient.Response removed = api.send(api.request("/api/admin-agents/" + agentId + "/",
                accounts.superuserToken()).DELETE());

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertAnswer(api.get("/api/agents/", pair.access()), 401, INVALID_TOKEN);
        assertAnswer(refresh(pair.refresh()), 401, NOT_VALID);
    }
}
