package com.chatcore.web.auth;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: failed logins are limited per username and per client address, on both login routes. Low
 * limits need a context of their own (the shared one raises them: all its tests come from one
 * address). Each test uses its own usernames and addresses (sent as X-Forwarded-For, honoured here as
 * behind a proxy), so tests never share a counter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.jwt.secret=login-throttling-secret-of-at-least-32-bytes!",
        "chat.login.max-failures-per-username=3",
        "chat.login.max-failures-per-address=5",
        "chat.login.failure-window=15m",
        "server.forward-headers-strategy=framework"
})
class LoginThrottlingIntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String BAD_CREDENTIALS =
            "{\"non_field_errors\": [\"No puede iniciar sesión con las credenciales proporcionadas.\"]}";

    @LocalServerPort
    private int port;

    private ApiClient api;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "throttling-" + UUID.randomUUID()).toString());
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    private String newUser() {
        String name = "ana_" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response response = api.post("/api/auth/register/", Map.of("username", name,
                "password", Accounts.PASSWORD, "email", name + "@example.com"), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return name;
    }

    private ApiClient.Response login(String route, String username, String password, String address) {
        return api.send(api.request(route, null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(Map.of("username", username,
                        "password", password)))));
    }

    private static void assertThrottled(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(429);
        long retryAfter = Long.parseLong(response.raw().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 900L);
        assertThat(response.json()).isEqualTo(Bodies.json("{\"detail\": \"Solicitud fue regulada (throttled). "
                + "Se espera que esté disponible en " + retryAfter + (retryAfter == 1 ? " segundo." : " segundos.")
                + "\"}"));
    }

    @Test
    void aUsernameThatFailedThreeTimesIsThrottledOnBothRoutesFromAnyAddress() {
        String name = newUser();
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            Bodies.assertAnswer(login("/api/auth/login/", name, "wrong-" + i, address), 400, BAD_CREDENTIALS);
        }

        assertThrottled(login("/api/auth/login/", name, Accounts.PASSWORD, address));
        assertThrottled(login("/api/token/", name, Accounts.PASSWORD, newAddress()));
    }

    @Test
    void anAddressThatFailedFiveTimesIsThrottledForEveryUsername() {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            ApiClient.Response failed = login(i % 2 == 0 ? "/api/token/" : "/api/auth/login/", newUser(), "wrong",
                    address);
            assertThat(failed.status()).as(failed.toString()).isIn(400, 401);
        }

        assertThrottled(login("/api/auth/login/", newUser(), Accounts.PASSWORD, address));
        assertThrottled(login("/api/token/", "nobody-" + UUID.randomUUID(), "wrong", address));
    }

    @Test
    void othersFailuresDoNotBlockAnotherUsernameFromAnotherAddress() {
        String attacked = newUser();
        String attacker = newAddress();
        for (int i = 0; i < 6; i++) {
            login("/api/auth/login/", attacked, "wrong-" + i, attacker);
        }
        assertThrottled(login("/api/auth/login/", attacked, "wrong", attacker));

        ApiClient.Response other = login("/api/auth/login/", newUser(), Accounts.PASSWORD, newAddress());
        ApiClient.Response pair = login("/api/token/", newUser(), Accounts.PASSWORD, newAddress());

        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        assertThat(pair.status()).as(pair.toString()).isEqualTo(200);
    }

    @Test
    void successfulLoginsUseNoQuota() {
        String name = newUser();
        String address = newAddress();

        for (int i = 0; i < 8; i++) {
            ApiClient.Response response = login(i % 2 == 0 ? "/api/token/" : "/api/auth/login/", name,
                    Accounts.PASSWORD, address);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(login("/api/auth/login/", name, "wrong", address).status()).isEqualTo(400);
        }
        assertThat(login("/api/auth/login/", name, Accounts.PASSWORD, address).status()).isEqualTo(200);
    }

    @Test
    void fiftyQuickWrongPasswordsAreMostlyRefusedUnanswered() {
        String name = newUser();
        String address = newAddress();
        int answered = 0;

        for (int i = 0; i < 50; i++) {
            if (login("/api/auth/login/", name, "guess-" + i, address).status() == 400) {
                answered++;
            }
        }

        assertThat(answered).isEqualTo(3);
    }
}
