package com.chatcore.web.supportsessions;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's six routes: envelopes, one open session per user, messages, read marks, close, errors. */
class SupportSessionsIntegrationTest extends IntegrationTest {

    private String luis;
    private String marta;

    @BeforeEach
    void users() {
        luis = accounts.userToken(unique("luis"));
        marta = accounts.userToken(unique("marta"));
    }

    /** As the public client sends it: no body and no Content-Type. */
    private ApiClient.Response bare(String method, String path, String token) {
        return api.send(api.request(path, token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private String createSession(String token) {
        ApiClient.Response created = bare("POST", "/api/chat/session", token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("data").get("id").asString();
    }

    private ApiClient.Response say(String text, String token) {
        return api.post("/api/chat/message", Map.of("message", text), token);
    }

    private static void assertError(ApiClient.Response response, int status, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("message").asString()).isEqualTo(message);
    }

    @Test
    void noOpenSessionAnswersNullData() {
        ApiClient.Response active = api.get("/api/chat/session/active", luis);
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.json().get("success").asBoolean()).isTrue();
        assertThat(active.json().get("data").isNull()).isTrue();
        assertThat(active.json().get("message").asString()).isEqualTo("Sesión obtenida exitosamente");
    }

    @Test
    void aNewSessionIsPendingAndIsTheActiveOne() {
        ApiClient.Response created = bare("POST", "/api/chat/session", luis);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode session = created.json().get("data");
        assertThat(created.json().get("message").asString()).isEqualTo("Sesión creada exitosamente");
        assertThat(session.get("status").asString()).isEqualTo("pending");
        assertThat(session.get("messages").size()).isZero();
        assertThat(session.get("createdAt").asString()).isEqualTo(session.get("lastMessageAt").asString());

        JsonNode active = api.get("/api/chat/session/active", luis).json().get("data");
        assertThat(active.get("id").asString()).isEqualTo(session.get("id").asString());
        assertThat(active.get("userId").asString()).isEqualTo(session.get("userId").asString());
        assertThat(api.get("/api/chat/session/active", marta).json().get("data").isNull()).isTrue();
    }

    @Test
    void aSecondOpenSessionIsAConflict() {
        createSession(luis);
        assertError(bare("POST", "/api/chat/session", luis), 409, "Ya tienes una sesión de chat activa");
    }

    @Test
    void twoParallelCreatesEndWithOneSession() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<ApiClient.Response>> creates = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            creates.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return bare("POST", "/api/chat/session", luis);
            }));
        }
        List<Integer> statuses = creates.stream().map(CompletableFuture::join).map(ApiClient.Response::status)
                .sorted().toList();
        assertThat(statuses).isEqualTo(List.of(201, 409));
        assertThat(api.get("/api/chat/sessions", luis).json().get("pagination").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aMessageGoesToTheOpenSessionAsTheUserWhateverTheBodySays() {
        String id = createSession(luis);
        ApiClient.Response sent = api.post("/api/chat/message",
                Map.of("message", "Hola, necesito ayuda", "sender", "support", "sessionId", "x"), luis);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode message = sent.json().get("data");
        assertThat(sent.json().get("message").asString()).isEqualTo("Mensaje enviado exitosamente");
        assertThat(message.get("sender").asString()).isEqualTo("user");
        assertThat(message.get("sessionId").asString()).isEqualTo(id);
        assertThat(message.get("message").asString()).isEqualTo("Hola, necesito ayuda");
        Instant.parse(message.get("timestamp").asString());
        say("¿Hay alguien?", luis);

        ApiClient.Response messages = api.get("/api/chat/session/" + id + "/messages", luis);
        assertThat(messages.status()).as(messages.toString()).isEqualTo(200);
        JsonNode data = messages.json().get("data");
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.get(0).get("message").asString()).isEqualTo("Hola, necesito ayuda");
        assertThat(data.get(1).get("message").asString()).isEqualTo("¿Hay alguien?");
        assertThat(Instant.parse(data.get(0).get("timestamp").asString()))
                .isBeforeOrEqualTo(Instant.parse(data.get(1).get("timestamp").asString()));
        JsonNode active = api.get("/api/chat/session/active", luis).json().get("data");
        assertThat(active.get("lastMessageAt").asString()).isEqualTo(data.get(1).get("timestamp").asString());
        assertThat(active.get("messages").size()).isEqualTo(2);
    }

    @Test
    void sendingWithoutAnOpenSessionIsNotFound() {
        assertError(say("Hola", luis), 404, "Sesión de chat no encontrada");
    }

    @Test
    void blankAndTooLongMessagesAreRefused() {
        createSession(luis);
        ApiClient.Response blank = say("   ", luis);
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        assertThat(blank.json().get("success").asBoolean()).isFalse();
        assertThat(blank.json().get("message").get(0).asString()).isEqualTo("El mensaje no puede estar vacío");
        assertThat(blank.json().get("errors").get("message").get(0).asString())
                .isEqualTo("El mensaje no puede estar vacío");
        ApiClient.Response missing = api.post("/api/chat/message", Map.of(), luis);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);

        assertThat(say("a".repeat(500), luis).status()).isEqualTo(201);
        ApiClient.Response tooLong = say("a".repeat(501), luis);
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get("message").get(0).asString())
                .isEqualTo("El mensaje no puede tener más de 500 caracteres");
    }

    @Test
    void theEleventhMessageInAMinuteIsTooMany() {
        createSession(luis);
        for (int i = 1; i <= 10; i++) {
            ApiClient.Response sent = say("mensaje " + i, luis);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        }
        ApiClient.Response refused = say("uno más", luis);
        assertError(refused, 429, "Demasiados mensajes: máximo 10 por minuto");
        assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void closingEndsTheActiveViewKeepsTheHistoryAndAllowsANewSession() {
        String id = createSession(luis);
        ApiClient.Response closed = bare("PATCH", "/api/chat/session/" + id + "/close", luis);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("success").asBoolean()).isTrue();
        assertThat(closed.json().get("message").asString()).isEqualTo("Sesión cerrada exitosamente");
        assertThat(api.get("/api/chat/session/active", luis).json().get("data").isNull()).isTrue();
        assertThat(bare("PATCH", "/api/chat/session/" + id + "/close", luis).status()).isEqualTo(200);
        assertError(say("Hola", luis), 404, "Sesión de chat no encontrada");

        String next = createSession(luis);
        JsonNode history = api.get("/api/chat/sessions?page=1&limit=10", luis).json();
        assertThat(history.get("data").size()).isEqualTo(2);
        assertThat(history.get("data").get(0).get("id").asString()).isEqualTo(next);
        assertThat(history.get("data").get(1).get("id").asString()).isEqualTo(id);
        assertThat(history.get("data").get(1).get("status").asString()).isEqualTo("closed");
        assertThat(api.get("/api/chat/session/" + id + "/messages", luis).status()).isEqualTo(200);
    }

    @Test
    void anotherUsersSessionIsForbiddenOnEveryRoute() {
        String id = createSession(luis);
        String forbidden = "No tienes permisos para acceder a esta sesión de chat";
        assertError(api.get("/api/chat/session/" + id + "/messages", marta), 403, forbidden);
        assertError(bare("PATCH", "/api/chat/session/" + id + "/close", marta), 403, forbidden);
        assertError(bare("PATCH", "/api/chat/session/" + id + "/mark-read", marta), 403, forbidden);
        assertThat(api.get("/api/chat/session/active", luis).json().get("data").get("status").asString())
                .isEqualTo("pending");
        createSession(marta);
        say("de Marta", marta);
        assertThat(api.get("/api/chat/session/" + id + "/messages", luis).json().get("data").size()).isZero();
    }

    @Test
    void unknownSessionsAreNotFound() {
        String unknown = "00000000-0000-4000-8000-000000000000";
        String notFound = "Sesión de chat no encontrada";
        assertError(api.get("/api/chat/session/" + unknown + "/messages", luis), 404, notFound);
        assertError(bare("PATCH", "/api/chat/session/" + unknown + "/close", luis), 404, notFound);
        assertError(bare("PATCH", "/api/chat/session/" + unknown + "/mark-read", luis), 404, notFound);
        assertError(api.get("/api/chat/session/not-a-session/messages", luis), 404, notFound);
    }

    @Test
    void aMissingOrBadTokenIsTheSeedsUnauthorized() {
        String expired = "Token inválido o expirado";
        assertError(api.get("/api/chat/session/active", null), 401, expired);
        assertError(bare("POST", "/api/chat/session", "not-a-token"), 401, expired);
        assertError(say("Hola", "not-a-token"), 401, expired);
        assertError(api.get("/api/chat/sessions", null), 401, expired);
        assertError(bare("PATCH", "/api/chat/session/x/close", null), 401, expired);
    }
}
