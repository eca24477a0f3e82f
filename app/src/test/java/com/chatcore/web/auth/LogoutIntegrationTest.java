package com.chatcore.web.auth;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static com.chatcore.web.auth.Bodies.INVALID_TOKEN;
import static com.chatcore.web.auth.Bodies.NOT_PROVIDED;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

class LogoutIntegrationTest extends IntegrationTest {

    private static final String LOGGED_OUT = "{\"message\": \"Successfully logged out\"}";

    private ApiClient.Response logout(String path, String authorization) {
        HttpRequest.Builder request = api.request(path, null).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    private ApiClient.Response agents(String token) {
        return api.get("/api/agents/", token);
    }

    @Test
    void loggingOutAnswersTheSeedsMessage() {
        String token = accounts.agentToken(unique("eva"));

        assertAnswer(logout("/api/auth/logout/", "Token " + token), 200, LOGGED_OUT);
    }

    @Test
    void loggingOutWorksWithABearerTokenAndWithoutTheTrailingSlash() {
        String token = accounts.userToken(unique("ana"));

        assertAnswer(logout("/api/auth/logout", "Bearer " + token), 200, LOGGED_OUT);
    }

    @Test
    void theTokenIsRefusedAfterLogout() {
        String token = accounts.agentToken(unique("eva"));
        assertThat(agents(token).status()).isEqualTo(200);

        logout("/api/auth/logout/", "Token " + token);

        assertAnswer(agents(token), 401, INVALID_TOKEN);
    }

    @Test
    void aLoggedOutTokenCannotLogOutAgain() {
        String token = accounts.userToken(unique("ana"));
        logout("/api/auth/logout/", "Token " + token);

        assertAnswer(logout("/api/auth/logout/", "Token " + token), 401, INVALID_TOKEN);
    }

    @Test
    void otherTokensOfTheSameUserStillWork() {
        String name = unique("eva");
        String kept = accounts.agentToken(name);
        String ended = accounts.login(name, Accounts.PASSWORD);

        logout("/api/auth/logout/", "Token " + ended);

        assertThat(agents(kept).status()).isEqualTo(200);
        assertAnswer(agents(ended), 401, INVALID_TOKEN);
    }

    @Test
    void theUserCanLogInAgainAfterLogout() {
        String name = unique("eva");
        String token = accounts.agentToken(name);
        logout("/api/auth/logout/", "Token " + token);

        String fresh = accounts.login(name, Accounts.PASSWORD);

        assertThat(agents(fresh).status()).isEqualTo(200);
    }

    @Test
    void logoutWithoutATokenIsUnauthenticated() {
        assertAnswer(logout("/api/auth/logout/", null), 401, NOT_PROVIDED);
    }

    @Test
    void logoutWithAnInvalidTokenIsUnauthenticated() {
        assertAnswer(logout("/api/auth/logout/", "Token not-a-jwt"), 401, INVALID_TOKEN);
    }
}
