package com.chatcore.web.analytics;

import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestChats;
import com.chatcore.support.GuestKeys;
import com.chatcore.support.IntegrationTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** CSAT over HTTP (issue 13): a guest by its key (seed 003's shapes), a user on its own session (seed 001's). */
class RatingIntegrationTest extends IntegrationTest {

    private static final String NOT_FINISHED = "Solo se puede calificar una conversación resuelta o cerrada";
    private static final String ALREADY_RATED = "Esta conversación ya fue calificada";

    @Autowired
    QueryGateway queries;

    @Test
    void aGuestRatesItsResolvedChatOnce() {
        String key = GuestKeys.open(api, "Ana Pérez");
        resolve(GuestChats.roomIdOf(queries, key));

        ApiClient.Response rated = api.post("/api/chat/rate/",
                Map.of("chat_room_id", key, "rating", 5, "comment", "Muy amable"), null);
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
        assertThat(rated.json().get("chat_room_id").asString()).isEqualTo(key);
        assertThat(rated.json().get("rating").asInt()).isEqualTo(5);
        assertThat(rated.json().get("comment").asString()).isEqualTo("Muy amable");

        ApiClient.Response again = api.post("/api/chat/rate", Map.of("chat_room_id", key, "rating", 4), null);
        assertThat(again.status()).as(again.toString()).isEqualTo(400);
        assertThat(again.json().get("error").asString()).isEqualTo(ALREADY_RATED);
    }

    @Test
    void aGuestCannotRateAnOpenChat() {
        String key = GuestKeys.open(api, "Ana Pérez");
        ApiClient.Response refused = api.post("/api/chat/rate/", Map.of("chat_room_id", key, "rating", 5), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).isEqualTo(NOT_FINISHED);
    }

    @Test
    void aGuestRatingMustBeAWholeNumberFromOneToFive() {
        String key = GuestKeys.open(api, "Ana Pérez");
        resolve(GuestChats.roomIdOf(queries, key));
        assertFieldError(guestRating(key, 0), "rating", "Asegúrese de que este valor es mayor o igual a 1.");
        assertFieldError(guestRating(key, 6), "rating", "Asegúrese de que este valor es menor o igual a 5.");
        assertFieldError(guestRating(key, 4.5), "rating", "Se requiere un número entero válido.");
        assertFieldError(guestRating(key, "5"), "rating", "Se requiere un número entero válido.");
        assertFieldError(guestRating(key, null), "rating", "Este campo es requerido.");
        ApiClient.Response tooLong = api.post("/api/chat/rate/", Map.of("chat_room_id", key, "rating", 5,
                "comment", "x".repeat(1001)), null);
        assertFieldError(tooLong, "comment", "Asegúrese de que este campo no tenga más de 1000 caracteres.");
        // None of them was stored: the first valid rating still counts.
        assertThat(guestRating(key, 4).status()).isEqualTo(201);
    }

    @Test
    void aGuestRatingNamesTheGuestsKeyNeverTheRoomId() {
        String key = GuestKeys.open(api, "Ana Pérez");
        String roomId = GuestChats.roomIdOf(queries, key);
        resolve(roomId);
        assertThat(guestRating(roomId, 5).status()).isEqualTo(404);
        assertThat(guestRating(UUID.randomUUID().toString(), 5).status()).isEqualTo(404);
        assertFieldError(api.post("/api/chat/rate/", Map.of("rating", 5), null), "chat_room_id",
                "Este campo es requerido.");
    }

    @Test
    void aUserRatesTheirClosedSupportSessionOnce() {
        String luis = accounts.userToken(unique("luis"));
        String id = createSession(luis);
        ApiClient.Response open = api.post("/api/chat/session/" + id + "/rate", Map.of("rating", 5), luis);
        assertSupportError(open, 400, "session", NOT_FINISHED);

        assertThat(bare("PATCH", "/api/chat/session/" + id + "/close", luis).status()).isEqualTo(200);
        ApiClient.Response rated = api.post("/api/chat/session/" + id + "/rate",
                Map.of("rating", 4, "comment", "  Resolvieron mi problema "), luis);
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
        assertThat(rated.json().get("success").asBoolean()).isTrue();
        assertThat(rated.json().get("data").get("sessionId").asString()).isEqualTo(id);
        assertThat(rated.json().get("data").get("rating").asInt()).isEqualTo(4);
        assertThat(rated.json().get("data").get("comment").asString()).isEqualTo("Resolvieron mi problema");
        assertThat(rated.json().get("message").asString()).isEqualTo("Calificación registrada exitosamente");

        assertSupportError(api.post("/api/chat/session/" + id + "/rate", Map.of("rating", 5), luis), 400, "session",
                ALREADY_RATED);
    }

    @Test
    void aSupportRatingIsCheckedAndOnlyTheOwnerMayRate() {
        String luis = accounts.userToken(unique("luis"));
        String marta = accounts.userToken(unique("marta"));
        String id = createSession(luis);
        assertThat(bare("PATCH", "/api/chat/session/" + id + "/close", luis).status()).isEqualTo(200);
        String outOfRange = "La calificación debe ser un número entero entre 1 y 5";
        assertSupportError(api.post("/api/chat/session/" + id + "/rate", Map.of("rating", 0), luis), 400, "rating",
                outOfRange);
        assertSupportError(api.post("/api/chat/session/" + id + "/rate", Map.of("rating", 3.5), luis), 400,
                "rating", outOfRange);
        assertSupportError(bare("POST", "/api/chat/session/" + id + "/rate", luis), 400, "rating", outOfRange);
        assertSupportError(api.post("/api/chat/session/" + id + "/rate", Map.of("rating", 5, "comment",
                "x".repeat(1001)), luis), 400, "comment", "El comentario no puede tener más de 1000 caracteres");

        ApiClient.Response foreign = api.post("/api/chat/session/" + id + "/rate", Map.of("rating", 1), marta);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
        assertThat(foreign.json().get("message").asString())
                .isEqualTo("No tienes permisos para acceder a esta sesión de chat");
        ApiClient.Response unknown = api.post("/api/chat/session/" + UUID.randomUUID() + "/rate",
                Map.of("rating", 1), luis);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().get("message").asString()).isEqualTo("Sesión de chat no encontrada");
        ApiClient.Response anonymous = api.post("/api/chat/session/" + id + "/rate", Map.of("rating", 1), null);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private void resolve(String roomId) {
        ApiClient.Response resolved = api.post("/api/chat-rooms/" + roomId + "/resolve/", null,
                accounts.superuserToken());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    }

    private ApiClient.Response guestRating(String key, Object rating) {
        Map<String, Object> body = new HashMap<>();
        body.put("chat_room_id", key);
        body.put("rating", rating);
        return api.post("/api/chat/rate/", body, null);
    }

    private String createSession(String token) {
        ApiClient.Response created = bare("POST", "/api/chat/session", token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("data").get("id").asString();
    }

    private ApiClient.Response bare(String method, String path, String token) {
        return api.send(api.request(path, token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static void assertFieldError(ApiClient.Response response, String field, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get(field).get(0).asString()).as(response.toString()).isEqualTo(message);
    }

    private static void assertSupportError(ApiClient.Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("errors").get(field)).as(response.toString()).hasSize(1);
        assertThat(response.json().get("errors").get(field).get(0).asString()).isEqualTo(message);
        assertThat(response.json().get("message").get(0).asString()).isEqualTo(message);
    }
}
