package com.chatcore.web.crmchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.chatcore.support.ExpectedJson.UNAUTHENTICATED;
import static com.chatcore.support.ExpectedJson.detail;
import static com.chatcore.support.ExpectedJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's errors, {@code {"success": false, "error": "..."}}, and who may call its routes. */
class CrmChatsErrorsIntegrationTest extends IntegrationTest {

    private CrmChatsApi chats;
    private String agent;

    @BeforeEach
    void setUp() {
        chats = new CrmChatsApi(api, CrmChatsIntegrationTest.BASE);
        agent = accounts.agentToken(unique("crm_agent"));
    }

    private static JsonNode error(String message) {
        return parse("{\"success\": false, \"error\": \"%s\"}", message);
    }

    private static void assertError(ApiClient.Response response, int status, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).isEqualTo(error(message));
    }

    @Test
    void aNewChatNeedsBothFields() {
        assertError(chats.post(Map.of("contact_id", 456), agent), 400, "sesion_id es requerido");
        assertError(chats.post(Map.of("sesion_id", 123), agent), 400, "contact_id es requerido");
        assertError(chats.post(Map.of(), agent), 400, "sesion_id es requerido");
    }

    @Test
    void fieldsMustBeJsonIntegers() {
        for (Object wrong : List.of("123", 1.5, true, List.of(1), Map.of("n", 1), "99999999999999999999")) {
            assertError(chats.post(Map.of("sesion_id", wrong, "contact_id", 456), agent), 400,
                    "sesion_id debe ser un número entero");
        }
        assertError(chats.post("{\"sesion_id\": 1, \"contact_id\": 1e3}", agent), 400,
                "contact_id debe ser un número entero");
        assertError(chats.post("{\"sesion_id\": 1, \"contact_id\": 99999999999999999999}", agent), 400,
                "contact_id debe ser un número entero");
        Map<String, Object> nullSession = new HashMap<>();
        nullSession.put("sesion_id", null);
        nullSession.put("contact_id", 1);
        assertThat(chats.post(nullSession, agent).status()).isEqualTo(400);
    }

    @Test
    void idsMustBePositive() {
        assertError(chats.post(Map.of("sesion_id", 0, "contact_id", 456), agent), 400,
                "sesion_id debe ser un entero positivo.");
        assertError(chats.post(Map.of("sesion_id", 1, "contact_id", -4), agent), 400,
                "contact_id debe ser un entero positivo.");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedInTheEnvelope() {
        assertError(chats.post("{\"sesion_id\": 1,", agent), 400, CrmChatsErrors.INVALID_JSON);
        assertError(chats.patch("/1", "[]", agent), 400, CrmChatsErrors.INVALID_JSON);
    }

    @Test
    void anIdThatIsNotAnIntegerIsInvalid() {
        for (String id : List.of("abc", "1.5", "1e3", "99999999999999999999")) {
            assertError(chats.get("/" + id, agent), 400, CrmChatRefusal.INVALID_ID);
            assertError(chats.patch("/" + id, Map.of("sesion_id", 1), agent), 400, CrmChatRefusal.INVALID_ID);
            assertError(chats.delete("/" + id, agent), 400, CrmChatRefusal.INVALID_ID);
            assertError(chats.delete("?id=" + id, agent), 400, CrmChatRefusal.INVALID_ID);
        }
        assertError(chats.patch("", Map.of("id", "7", "sesion_id", 1), agent), 400, CrmChatRefusal.INVALID_ID);
    }

    @Test
    void theRoutesWithTheIdInBodyOrQueryNeedIt() {
        assertError(chats.delete("", agent), 400, CrmChatRefusal.ID_REQUIRED);
        assertError(chats.delete("?id=", agent), 400, CrmChatRefusal.ID_REQUIRED);
        assertError(chats.patch("", Map.of("sesion_id", 1), agent), 400, CrmChatRefusal.ID_REQUIRED);
    }

    @Test
    void aPatchMustChangeSomething() {
        long id = chats.create(1, 2, agent).get("id").asLong();

        assertError(chats.patch("/" + id, Map.of(), agent), 400, "sesion_id o contact_id es requerido");
        assertError(chats.patch("/" + id, Map.of("contact_id", "x"), agent), 400,
                "contact_id debe ser un número entero");
        assertError(chats.patch("/" + id, Map.of("contact_id", 0), agent), 400,
                "contact_id debe ser un entero positivo.");
        assertThat(chats.get("/" + id, agent).json().get("data").get("contact_id").asLong()).isEqualTo(2);
    }

    @Test
    void unknownIdsAreNotFoundOnEveryRoute() {
        long unknown = 987_654_321L;
        assertError(chats.get("/" + unknown, agent), 404, CrmChatRefusal.NOT_FOUND);
        assertError(chats.patch("/" + unknown, Map.of("sesion_id", 1), agent), 404, CrmChatRefusal.NOT_FOUND);
        assertError(chats.patch("", Map.of("id", unknown, "sesion_id", 1), agent), 404, CrmChatRefusal.NOT_FOUND);
        assertError(chats.delete("/" + unknown, agent), 404, CrmChatRefusal.NOT_FOUND);
        assertError(chats.delete("?id=" + unknown, agent), 404, CrmChatRefusal.NOT_FOUND);
    }

    @Test
    void aDeletedChatIsNotFoundAnyMore() {
        long id = chats.create(1, 2, agent).get("id").asLong();
        assertThat(chats.delete("/" + id, agent).status()).isEqualTo(200);

        assertError(chats.get("/" + id, agent), 404, CrmChatRefusal.NOT_FOUND);
        assertError(chats.patch("/" + id, Map.of("sesion_id", 5), agent), 404, CrmChatRefusal.NOT_FOUND);
        assertError(chats.delete("?id=" + id, agent), 404, CrmChatRefusal.NOT_FOUND);
    }

    @Test
    void aUserAccountIsForbiddenEveryRouteInTheEnvelope() {
        long id = chats.create(1, 2, agent).get("id").asLong();
        String user = accounts.userToken(unique("crm_user"));

        for (ApiClient.Response response : List.of(chats.get("", user), chats.get("/" + id, user),
                chats.post(Map.of("sesion_id", 1, "contact_id", 2), user), chats.post(Map.of(), user),
                chats.patch("/" + id, Map.of("sesion_id", 9), user), chats.patch("", Map.of("id", id), user),
                chats.delete("/" + id, user), chats.delete("?id=" + id, user))) {
            assertError(response, 403, CrmChatsErrors.FORBIDDEN);
        }
        assertThat(chats.get("/" + id, agent).json().get("data").get("sesion_id").asLong()).isEqualTo(1);
    }

    @Test
    void withoutATokenEveryRouteAnswers401() {
        long id = chats.create(1, 2, agent).get("id").asLong();

        for (ApiClient.Response response : List.of(chats.get("", null), chats.get("/" + id, null),
                chats.post(Map.of("sesion_id", 1, "contact_id", 2), null), chats.patch("/" + id,
                        Map.of("sesion_id", 9), null), chats.delete("?id=" + id, null),
                chats.delete("/" + id, null))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.json()).isEqualTo(detail(UNAUTHENTICATED));
        }
        assertThat(chats.get("/" + id, agent).status()).isEqualTo(200);
    }

    @Test
    void theApiKeyHeaderOpensNothingWhileNoKeyIsConfigured() {
        long id = chats.create(1, 2, agent).get("id").asLong();

        ApiClient.Response response = chats.withKey("GET", "/" + id, "X-Api-Key", "anything-at-all");

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
    }
}
