package com.chatcore.web.clients;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.chatcore.support.ExpectedJson.UNAUTHENTICATED;
import static com.chatcore.support.ExpectedJson.detail;
import static com.chatcore.support.ExpectedJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004's errors, {@code {"error": "..."}}, who may call its routes, and one holder per chat id. */
class ClientsErrorsIntegrationTest extends IntegrationTest {

    private ClientsApi clients;
    private String agent;

    @BeforeEach
    void setUp() {
        clients = new ClientsApi(api);
        agent = accounts.agentToken(unique("clients_agent"));
    }

    private static String chatId() {
        return unique("34611").replace("_", "") + "@c.us";
    }

    private static void assertError(ApiClient.Response response, int status, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).isEqualTo(parse("{\"error\": \"%s\"}", message));
    }

    @Test
    void theLookupNeedsAChatId() {
        assertError(clients.viewWithQuery("", agent), 400, "Chat ID is required");
        assertError(clients.viewWithQuery("?chatId=", agent), 400, "Chat ID is required");
        assertError(clients.viewWithQuery("?chatId=%20%20", agent), 400, "Chat ID is required");
    }

    @Test
    void anUnknownChatIdHasNoConversation() {
        assertError(clients.view(chatId(), agent), 404, "Conversation not found");
    }

    @Test
    void aNewClientNeedsASessionIdOfTextOrInteger() {
        assertError(clients.register(Map.of("name", "Ana"), agent), 400, "Session ID is required");
        assertError(clients.register(Map.of("session_id", "  "), agent), 400, "Session ID is required");
        assertError(clients.register(Map.of("session_id", true), agent), 400,
                "Session ID must be a string or an integer");
        assertError(clients.register(Map.of("session_id", 1.5), agent), 400,
                "Session ID must be a string or an integer");
        assertError(clients.register(Map.of("session_id", "s".repeat(256)), agent), 400,
                "Session ID must be at most 255 characters");
    }

    @Test
    void nameAndPhoneMustBeShortStrings() {
        assertError(clients.register(Map.of("session_id", "s", "name", 5), agent), 400, "Name must be a string");
        assertError(clients.register(Map.of("session_id", "s", "phone", List.of()), agent), 400,
                "Phone must be a string");
        assertError(clients.register(Map.of("session_id", "s", "phone", "1".repeat(51)), agent), 400,
                "Phone must be at most 50 characters");
        assertError(clients.register("{\"session_id\": \"s\", \"name\": \"a\\u0000b\"}", agent), 400,
                "Name contains a character that cannot be stored");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        assertError(clients.register("{\"session_id\":", agent), 400, ClientsErrors.INVALID_JSON);
        assertError(clients.link("1", "nope", agent), 400, ClientsErrors.INVALID_JSON);
    }

    @Test
    void aConversationNeedsAChatIdWithoutSpaces() {
        String id = clients.registered("s", agent);

        assertError(clients.link(id, Map.of(), agent), 400, "Chat ID is required");
        assertError(clients.link(id, Map.of("chatId", ""), agent), 400, "Chat ID is required");
        assertError(clients.link(id, Map.of("chatId", 123), agent), 400, "Chat ID must be a string");
        assertError(clients.link(id, Map.of("chatId", "123 456@c.us"), agent), 400,
                "Chat ID must not contain spaces");
    }

    @Test
    void unknownClientsAreNotFound() {
        for (String id : List.of("987654321", "abc123", "-1")) {
            assertError(clients.link(id, Map.of("chatId", chatId()), agent), 404, "Client not found");
            assertError(clients.delete(id, agent), 404, "Client not found");
        }
    }

    @Test
    void aDeletedClientIsNotFoundAnyMore() {
        String id = clients.registered("s", agent);
        assertThat(clients.delete(id, agent).status()).isEqualTo(200);

        assertError(clients.delete(id, agent), 404, "Client not found");
        assertError(clients.link(id, Map.of("chatId", chatId()), agent), 404, "Client not found");
    }

    @Test
    void aChatIdBelongsToOneClient() {
        String chat = chatId();
        String holder = clients.registered("holder", agent);
        String other = clients.registered("other", agent);
        clients.linked(holder, chat, agent);

        assertError(clients.link(other, Map.of("chatId", chat), agent), 409,
                "Chat ID already belongs to another client");
        assertThat(clients.view(chat, agent).json().get("record").get("id").asString()).isEqualTo(holder);
    }

    @Test
    void clientsRacingForOneChatIdEndWithOneHolder() throws Exception {
        List<String> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(clients.registered("racer" + i, agent));
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            for (int round = 0; round < 3; round++) {
                String chat = chatId();
                List<Future<ApiClient.Response>> answers = new ArrayList<>();
                for (String racer : racers) {
                    Callable<ApiClient.Response> link = () -> clients.link(racer, Map.of("chatId", chat), agent);
                    answers.add(pool.submit(link));
                }
                List<String> winners = new ArrayList<>();
                for (int i = 0; i < racers.size(); i++) {
                    ApiClient.Response answer = answers.get(i).get();
                    assertThat(answer.status()).as(answer.toString()).isIn(201, 409);
                    if (answer.status() == 201) {
                        winners.add(racers.get(i));
                    }
                }
                assertThat(winners).hasSize(1);
                assertThat(clients.view(chat, agent).json().get("record").get("id").asString())
                        .isEqualTo(winners.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aUserAccountIsForbiddenEveryRoute() {
        String chat = chatId();
        String id = clients.registered("s", agent);
        clients.linked(id, chat, agent);
        String user = accounts.userToken(unique("clients_user"));

        for (ApiClient.Response response : List.of(clients.view(chat, user), clients.viewWithQuery("", user),
                clients.register(Map.of("session_id", "s"), user), clients.register(Map.of(), user),
                clients.link(id, Map.of("chatId", chatId()), user), clients.delete(id, user))) {
            assertError(response, 403, "Permission denied");
        }
        assertThat(clients.view(chat, agent).status()).isEqualTo(200);
    }

    @Test
    void withoutATokenEveryRouteAnswers401() {
        String id = clients.registered("s", agent);

        for (ApiClient.Response response : List.of(clients.view(chatId(), null),
                clients.register(Map.of("session_id", "s"), null), clients.link(id, Map.of("chatId", chatId()), null),
                clients.delete(id, null))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.json()).isEqualTo(detail(UNAUTHENTICATED));
        }
    }
}
