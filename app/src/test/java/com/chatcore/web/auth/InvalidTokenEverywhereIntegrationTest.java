package com.chatcore.web.auth;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestKeys;
import com.chatcore.support.IntegrationTest;
import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.chatcore.web.auth.Bodies.INVALID_TOKEN;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: a request that sends a dead token answers 401 even on routes a guest may use without one,
 * instead of quietly going on as a guest. Only the routes that hand out credentials ignore the header.
 */
class InvalidTokenEverywhereIntegrationTest extends IntegrationTest {

    @Value("${chat.jwt.secret}")
    private String secret;

    private ApiClient.Response get(String path, String authorization) {
        return api.send(api.request(path, null).header("Authorization", authorization).GET());
    }

    private ApiClient.Response post(String path, Object body, String authorization) {
        return api.send(api.request(path, null).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(body))));
    }

    private String guestKey() {
        return GuestKeys.open(api, "Ana Guest");
    }

    private String loggedOutAgentToken() {
        String token = accounts.agentToken(unique("eva"));
        assertThat(api.post("/api/auth/logout/", Map.of(), token).status()).isEqualTo(200);
        return token;
    }

    private String expiredToken() {
        String genuine = accounts.agentToken(unique("eva"));
        return Tokens.claims(Tokens.payload(genuine).get("sub").asString(), "AGENT",
                        Instant.now().minus(Duration.ofHours(9)), Duration.ofHours(8))
                .signWith(Tokens.key(secret), Jwts.SIG.HS256)
                .compact();
    }

    @Test
    void aForgedTokenOnAGuestRouteIsRefusedInsteadOfBecomingAGuest() {
        String key = guestKey();

        assertThat(api.get("/api/chat/get_chat_status/?chat_room_id=" + key, null).status()).isEqualTo(200);
        assertAnswer(get("/api/chat/get_chat_status/?chat_room_id=" + key, "Bearer not-a-jwt"), 401, INVALID_TOKEN);
        assertAnswer(get("/api/user-notifications/get_notifications/?chat_room_id=" + key, "Token forged"), 401,
                INVALID_TOKEN);
    }

    @Test
    void aLoggedOutTokenCannotMarkTheCustomersMessagesRead() {
        String key = guestKey();

        ApiClient.Response response = post("/api/messages/mark_chat_read/", Map.of("chat_room_id", key),
                "Bearer " + loggedOutAgentToken());

        assertAnswer(response, 401, INVALID_TOKEN);
    }

    @Test
    void anExpiredTokenCannotStartOrWriteInAGuestChat() {
        String expired = "Bearer " + expiredToken();
        String key = guestKey();

        assertAnswer(post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), expired), 401, INVALID_TOKEN);
        assertAnswer(post("/api/chat/send_message/", Map.of("chat_room_id", key, "content", "x"), expired), 401,
                INVALID_TOKEN);
        assertAnswer(get("/api/messages/by_chat/?chat_room_id=" + key, expired), 401, INVALID_TOKEN);
    }

    @Test
    void aDeadTokenIsRefusedOnPublicRoutesOutsideTheApiToo() {
        assertAnswer(get("/v3/api-docs", "Bearer not-a-jwt"), 401, INVALID_TOKEN);
    }

    @Test
    void theRoutesThatHandOutCredentialsIgnoreADeadToken() {
        String dead = "Bearer " + loggedOutAgentToken();
        String name = unique("ana");

        ApiClient.Response registered = post("/api/auth/register/", Map.of("username", name,
                "password", Accounts.PASSWORD, "email", name + "@example.com"), dead);
        ApiClient.Response login = post("/api/auth/login", Map.of("username", name, "password", Accounts.PASSWORD),
                dead);
        ApiClient.Response pair = post("/api/token/", Map.of("username", name, "password", Accounts.PASSWORD), dead);
        ApiClient.Response refreshed = post("/api/token/refresh", Map.of("refresh",
                pair.json().get("refresh").asString()), dead);

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(pair.status()).as(pair.toString()).isEqualTo(200);
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
    }
}
