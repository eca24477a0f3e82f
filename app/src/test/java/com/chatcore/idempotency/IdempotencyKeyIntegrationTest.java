package com.chatcore.idempotency;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestChats;
import com.chatcore.web.realtime.LiveChatApi;
import com.chatcore.support.IntegrationTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A client may retry any creating POST with its Idempotency-Key: one write, the first answer again. */
class IdempotencyKeyIntegrationTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private QueryGateway queries;

    @Test
    void aRetriedGuestStartAnswersTheSameSessionAndWritesOnce() {
        String key = UUID.randomUUID().toString();
        ApiClient.Response first = post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null, key);
        ApiClient.Response retry = post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(eventsMentioning(first.json().get("session_id").asString())).isEqualTo(1);
    }

    /** A 429 (or a 409 conflict) says when to try again: the retry runs again rather than replaying it. */
    @Test
    void anAnswerThatSaysWhenToTryAgainIsNotReplayed() {
        LiveChatApi chats = new LiveChatApi(api, accounts, queries);
        String guestKey = chats.keyOf(chats.openGuestChat());
        Map<String, String> body = Map.of("chat_room_id", guestKey, "content", "otra vez");
        ApiClient.Response limited = null;
        for (int i = 0; i < 20 && (limited == null || limited.status() != 429); i++) {
            limited = post("/api/chat/send_message/", body, null, UUID.randomUUID().toString());
        }
        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        String key = UUID.randomUUID().toString();
        ApiClient.Response first = post("/api/chat/send_message/", body, null, key);
        ApiClient.Response retry = post("/api/chat/send_message/", body, null, key);

        assertThat(first.status()).isEqualTo(429);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(429);
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).as("run again, not replayed").isEmpty();
    }

    @Test
    void aRetriedAgentMessageIsStoredOnceAndAnsweredTheSame() {
        String agent = newAgent();
        String room = takenChat(agent);
        String key = UUID.randomUUID().toString();
        String content = "una sola vez " + key;

        ApiClient.Response first = post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", content),
                agent, key);
        ApiClient.Response retry = post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", content),
                agent, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(eventsMentioning(content)).isEqualTo(1);
    }

    /**
     * The first run was stored but its answer never kept (the node died, or the answer was a 5xx and the
     * key was released): the retry runs again, and must still store the message once and answer it.
     */
    @Test
    void aRetryWhoseFirstRunWasStoredButNeverAnsweredStoresNothingMore() {
        String agent = newAgent();
        String room = takenChat(agent);
        String key = UUID.randomUUID().toString();
        String content = "guardado sin respuesta " + key;
        ApiClient.Response first = post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", content),
                agent, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        loseTheAnswer(key);

        ApiClient.Response rerun = post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", content),
                agent, key);

        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(201);
        assertThat(rerun.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(rerun.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(eventsMentioning(content)).isEqualTo(1);
    }

    /** Its node running it: the retry waits (409). Its node dead: the retry takes the key over at once. */
    @Test
    void aKeyWhoseFirstRunDiedWithItsNodeIsTakenOverAtOnce() {
        String agent = newAgent();
        String room = takenChat(agent);
        String key = UUID.randomUUID().toString();
        String content = "nodo caído " + key;
        ApiClient.Response first = post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", content),
                agent, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        // As if the answer had never been written: the first run is still open on this (live) node.
        jdbc.update("UPDATE idempotency_key SET status = NULL, body = NULL WHERE idem_key = ?", key);

        ApiClient.Response whileRunning = post("/api/chat-rooms/" + room + "/send_message/",
                Map.of("content", content), agent, key);
        assertThat(whileRunning.status()).as(whileRunning.toString()).isEqualTo(409);
        assertThat(whileRunning.raw().headers().firstValue("Retry-After")).contains("1");

        jdbc.update("UPDATE idempotency_key SET node_id = 'a-node-that-died' WHERE idem_key = ?", key);
        ApiClient.Response afterItsNodeDied = post("/api/chat-rooms/" + room + "/send_message/",
                Map.of("content", content), agent, key);

        assertThat(afterItsNodeDied.status()).as(afterItsNodeDied.toString()).isEqualTo(201);
        assertThat(afterItsNodeDied.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(eventsMentioning(content)).isEqualTo(1);
    }

    @Test
    void aRegistrationRerunAfterItsAnswerWasLostAnswersTheStoredAccount() {
        String key = UUID.randomUUID().toString();
        String username = unique("idem_user");
        Map<String, Object> body = Map.of("username", username, "password", "correct-horse-1",
                "email", username + "@example.com");
        ApiClient.Response first = post("/api/auth/register/", body, null, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        loseTheAnswer(key);

        ApiClient.Response rerun = post("/api/auth/register/", body, null, key);
        ApiClient.Response unkeyed = api.post("/api/auth/register/", body, null);

        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(201);
        assertThat(rerun.json()).isEqualTo(first.json());
        assertThat(unkeyed.status()).as("without a key it is another registration: taken").isEqualTo(400);
        assertThat(eventsMentioning("\"username\":\"" + username + "\"")).isEqualTo(1);
    }

    @Test
    void aCompleteChatRerunAfterItsAnswerWasLostAnswersTheSameKeyAndOpensOneChat() {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        String key = UUID.randomUUID().toString();
        String email = unique("idem_guest") + "@example.com";
        Map<String, Object> body = Map.of("session_id", started.json().get("session_id").asString(), "email", email,
                "full_name", "Idem Guest", "phone_number", "+1234567890");
        ApiClient.Response first = post("/api/chat/complete_chat/", body, null, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        loseTheAnswer(key);

        ApiClient.Response rerun = post("/api/chat/complete_chat/", body, null, key);

        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(201);
        assertThat(rerun.json().get("chat_room_id")).isEqualTo(first.json().get("chat_room_id"));
        assertThat(rerun.json().get("user_data")).isEqualTo(first.json().get("user_data"));
        assertThat(eventsMentioning(email)).as("one chat started, one session completed").isEqualTo(1);
        ApiClient.Response status = api.get("/api/chat/get_chat_status/?chat_room_id="
                + rerun.json().get("chat_room_id").asString(), null);
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
    }

    @Test
    void anAgentCreationRerunAfterItsAnswerWasLostAnswersTheStoredAgent() {
        String superuser = accounts.superuserToken();
        for (String route : new String[] {"/api/agents/", "/api/admin-agents/"}) {
            String key = UUID.randomUUID().toString();
            String username = unique("idem_new_agent");
            Map<String, Object> body = Map.of("username", username, "password", "correct-horse-1",
                    "email", username + "@example.com", "first_name", "Ida", "last_name", "Vuelta");
            ApiClient.Response first = post(route, body, superuser, key);
            assertThat(first.status()).as(first.toString()).isEqualTo(201);
            loseTheAnswer(key);

            ApiClient.Response rerun = post(route, body, superuser, key);

            assertThat(rerun.status()).as(route + " " + rerun).isEqualTo(201);
            assertThat(rerun.json()).isEqualTo(first.json());
            assertThat(eventsMentioning("\"username\":\"" + username + "\"")).as(route)
                    .isEqualTo(2); // the account and its agent profile, once each
        }
    }

    @Test
    void aGuestStartRerunAfterItsAnswerWasLostAnswersTheStoredSession() {
        String key = UUID.randomUUID().toString();
        String content = "sesión guardada " + key;
        ApiClient.Response first = post("/api/chat/start_chat/", Map.of("initial_message", content), null, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        loseTheAnswer(key);

        ApiClient.Response rerun = post("/api/chat/start_chat/", Map.of("initial_message", content), null, key);

        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(200);
        assertThat(rerun.json().get("session_id")).isEqualTo(first.json().get("session_id"));
        assertThat(eventsMentioning(content)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(post("/api/chat/start_chat/", Map.of("initial_message", "primero"), null, key).status())
                .isEqualTo(200);
        String other = "otro " + key;
        ApiClient.Response reused = post("/api/chat/start_chat/", Map.of("initial_message", other), null, key);

        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.json().get("detail").asString()).isEqualTo(IdempotencyFilter.REUSED);
        assertThat(eventsMentioning(other)).isZero();
    }

    @Test
    void keysBelongToTheirCallerSoTwoAgentsMayUseTheSameOne() {
        String key = UUID.randomUUID().toString();
        String agentA = newAgent();
        String agentB = newAgent();
        String roomA = takenChat(agentA);
        String roomB = takenChat(agentB);

        ApiClient.Response a = post("/api/chat-rooms/" + roomA + "/send_message/", Map.of("content", "A " + key),
                agentA, key);
        ApiClient.Response b = post("/api/chat-rooms/" + roomB + "/send_message/", Map.of("content", "B " + key),
                agentB, key);

        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).as(b.toString()).isEqualTo(201);
        assertThat(b.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void parallelRetriesWriteOnceAndNoneGetsADifferentAnswer() {
        String key = UUID.randomUUID().toString();
        String content = "en paralelo " + key;
        List<CompletableFuture<ApiClient.Response>> sends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sends.add(CompletableFuture.supplyAsync(() -> post("/api/chat/start_chat/",
                    Map.of("initial_message", content), null, key)));
        }
        List<ApiClient.Response> answers = sends.stream().map(CompletableFuture::join).toList();

        String session = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .get("session_id").asString();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isIn(200, 409);
            if (answer.status() == 200) {
                assertThat(answer.json().get("session_id").asString()).isEqualTo(session);
            }
        });
        assertThat(eventsMentioning(content)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefusedWithAFieldError() {
        ApiClient.Response tooLong = post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null,
                "k".repeat(256));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("Idempotency-Key").get(0).asString()).isEqualTo(IdempotencyFilter.INVALID);
    }

    private ApiClient.Response post(String path, Object body, String token, String key) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .header(IdempotencyFilter.HEADER, key).POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(body))));
    }

    /** As if the first run's answer had never been kept: its node died, or it answered 5xx and let go. */
    private void loseTheAnswer(String key) {
        assertThat(jdbc.update("DELETE FROM idempotency_key WHERE idem_key = ?", key)).isEqualTo(1);
    }

    private long eventsMentioning(String text) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class, "%" + text + "%");
    }

    private String newAgent() {
        String username = unique("idem_agent");
        accounts.createAgent(username, 5);
        return accounts.login(username, Accounts.PASSWORD);
    }

    /** A guest chat taken by {@code agent}; returns its room id. */
    private String takenChat(String agent) {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(), "email", unique("g") + "@example.com",
                "full_name", "Idem Guest", "phone_number", "+1234567890"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        String room = GuestChats.roomIdOf(queries, completed.json().get("chat_room_id").asString());
        ApiClient.Response taken = api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        return room;
    }
}
