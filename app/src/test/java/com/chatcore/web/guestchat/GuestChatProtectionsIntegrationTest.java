package com.chatcore.web.guestchat;

import com.chatcore.support.ApiClient;
import com.chatcore.support.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.guestchat.GuestChats.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest protections that need settings of their own, all in one extra application context:
 * reCAPTCHA verification against a local stub, low per-address chat and session limits, and a clock the tests
 * move forward (session expiry, rate-limit windows). It does not extend IntegrationTest because that
 * base fixes the shared context's data directory, and this context needs its own PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.jwt.secret=guest-protections-secret-of-at-least-32-bytes!",
        "chat.recaptcha.secret=" + GuestChatProtectionsIntegrationTest.SECRET,
        "chat.recaptcha.timeout=500ms",
        "chat.guest.max-chats-per-hour-per-ip=3",
        // Above the four sessions a test here starts in one hour.
        "chat.guest.max-sessions-per-hour-per-ip=5"
})
@Import(MovableClock.AsApplicationClock.class)
class GuestChatProtectionsIntegrationTest {

    static final String SECRET = "stub-secret";
    private static final RecaptchaStub VERIFIER = new RecaptchaStub();
    private static final String FAILED = "{'recaptcha_token': ['Verificación reCAPTCHA fallida.']}";

    @LocalServerPort
    private int port;

    @Autowired
    private MovableClock clock;

    private ApiClient api;
    private GuestChats guests;

    @DynamicPropertySource
    static void ownDatabaseAndVerifier(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "protections-" + UUID.randomUUID()).toString());
        registry.add("chat.recaptcha.verify-url", VERIFIER::url);
    }

    @AfterAll
    static void stopVerifier() {
        VERIFIER.close();
    }

    @BeforeEach
    void freshHour() {
        api = new ApiClient(port);
        guests = new GuestChats(api);
        // Each test starts in a new rate-limit window, whatever the tests before it created.
        clock.advance(Duration.ofHours(2));
        VERIFIER.clear();
    }

    @Test
    void anAcceptedTokenOpensTheChatAndTheVerifierGetsSecretTokenAndAddress() throws InterruptedException {
        ApiClient.Response response = complete(guests.startSession("Hola"), "accept-1");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        RecaptchaStub.Request request = VERIFIER.nextRequest();
        assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.form()).isEqualTo(Map.of("secret", SECRET, "response", "accept-1",
                "remoteip", "127.0.0.1"));
    }

    @Test
    void aRejectedTokenIsRefusedAndTheSessionStaysUsable() {
        String sessionId = guests.startSession("Hola");

        ApiClient.Response rejected = complete(sessionId, "reject-1");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json()).isEqualTo(json(FAILED));
        assertThat(guests.validate(sessionId).json().get("valid").asBoolean()).isTrue();
        assertThat(complete(sessionId, "accept-2").status()).isEqualTo(201);
    }

    @Test
    void theTokenIsRequiredWhileVerificationIsOn() {
        String sessionId = guests.startSession("Hola");

        ApiClient.Response missing = complete(sessionId, null);
        ApiClient.Response blank = complete(sessionId, " ");
        ApiClient.Response withOtherErrors = api.post("/api/chat/complete_chat/", Map.of("session_id", sessionId),
                null);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).isEqualTo(json("{'recaptcha_token': ['Este campo es requerido.']}"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json()).isEqualTo(json("{'recaptcha_token': ['Este campo no puede estar en blanco.']}"));
        assertThat(withOtherErrors.status()).isEqualTo(400);
        assertThat(withOtherErrors.json()).isEqualTo(json(
                "{'phone_number': ['Este campo es requerido.'], 'recaptcha_token': ['Este campo es requerido.']}"));
    }

    @Test
    void aVerifierThatFailsOrDoesNotAnswerInTimeCountsAsAFailedVerification() {
        String sessionId = guests.startSession("Hola");
        try {
            for (String token : List.of("drop", "broken", "garbage", "hang")) {
                Instant start = Instant.now();
                ApiClient.Response response = complete(sessionId, token);
                assertThat(response.status()).as(token).isEqualTo(400);
                assertThat(response.json()).as(token).isEqualTo(json(FAILED));
                assertThat(Duration.between(start, Instant.now())).as(token).isLessThan(Duration.ofSeconds(5));
            }
        } finally {
            VERIFIER.release();
        }
        assertThat(complete(sessionId, "accept-3").status()).isEqualTo(201);
    }

    @Test
    void aSessionExpiresAfterHalfAnHour() {
        String sessionId = guests.startSession("Hola");
        clock.advance(Duration.ofSeconds(1799));
        assertThat(guests.validate(sessionId).json().get("valid").asBoolean()).isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(guests.validate(sessionId).json()).isEqualTo(json(
                "{'valid': false, 'message': 'Sesión expirada o no encontrada'}"));
        ApiClient.Response completed = complete(sessionId, "accept-4");
        assertThat(completed.status()).isEqualTo(400);
        assertThat(completed.json()).isEqualTo(json(
                "{'error': 'Sesión expirada. Por favor inicia el chat nuevamente.'}"));
    }

    @Test
    void onlyThreeChatsPerClientAddressEachHourHere() {
        for (int i = 0; i < 3; i++) {
            assertThat(complete(guests.startSession("Hola " + i), "accept-ip").status()).as("chat " + i).isEqualTo(201);
        }

        ApiClient.Response fourth = complete(guests.startSession("Hola 3"), "accept-ip");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.json()).isEqualTo(json(
                "{'error': 'Has creado demasiados chats recientemente. Por favor intenta más tarde.'}"));
        clock.advance(Duration.ofHours(1));
        assertThat(complete(guests.startSession("Una hora después"), "accept-ip").status()).isEqualTo(201);
    }

    @Test
    void onlyFiveSessionsPerClientAddressEachHourHere() {
        for (int i = 0; i < 5; i++) {
            guests.startSession("Hola " + i);
        }

        ApiClient.Response sixth = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola 5"), null);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json()).isEqualTo(json(
                "{'error': 'Has iniciado demasiadas conversaciones recientemente. Por favor intenta más tarde.'}"));
        assertThat(Long.parseLong(sixth.raw().headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 3600L);
        clock.advance(Duration.ofHours(1));
        guests.startSession("Una hora después");
    }

    private ApiClient.Response complete(String sessionId, String token) {
        return guests.complete(sessionId, GuestChats.uniqueEmail(), "Nombre Completo", "+1234567890", token);
    }
}
