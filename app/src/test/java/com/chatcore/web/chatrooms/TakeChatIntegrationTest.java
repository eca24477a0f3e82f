package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class TakeChatIntegrationTest extends ChatRoomsTestSupport {

    @Test
    void agentTakesAWaitingChat() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();

        ApiClient.Response response = post("/api/chat-rooms/" + chat.id() + "/take_chat/", null, agent.token());

        assertResponse(response, 200, json(fullRoomJson(chat, "active", agent, List.of(initialMessageJson()))));
        assertThat(response.json().get("updated_at").asString())
                .isGreaterThanOrEqualTo(response.json().get("created_at").asString());
        assertActiveChats(agent, 1);
    }

    @Test
    void takeWorksWithoutTheTrailingSlash() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();

        ApiClient.Response response = post("/api/chat-rooms/" + chat.id() + "/take_chat", null, agent.token());

        assertResponse(response, 200, json(fullRoomJson(chat, "active", agent, List.of(initialMessageJson()))));
    }

    @Test
    void aChatThatIsNoLongerWaitingCannotBeTaken() {
        Agent first = newAgent(5);
        Agent second = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, first);

        ApiClient.Response response = post("/api/chat-rooms/" + chat.id() + "/take_chat/", null, second.token());

        assertResponse(response, 400, "{\"error\": \"Este chat ya no está en espera\"}");
        assertActiveChats(first, 1);
        assertActiveChats(second, 0);
    }

    @Test
    void anAgentAtCapacityCannotTakeMore() {
        Agent agent = newAgent(1);
        take(chats.createWaitingChat(), agent);
        ChatRoomView chat = chats.createWaitingChat();

        ApiClient.Response response = post("/api/chat-rooms/" + chat.id() + "/take_chat/", null, agent.token());

        assertResponse(response, 400, "{\"error\": \"No puedes tomar más chats en este momento\"}");
        assertActiveChats(agent, 1);
        assertResponse(get("/api/chat-rooms/" + chat.id() + "/messages/", agent.token()), 200,
                "[" + json(withUserSender(initialMessageJson())) + "]");
    }

    @Test
    void onlyAgentsTakeChats() {
        ChatRoomView chat = chats.createWaitingChat();
        String path = "/api/chat-rooms/" + chat.id() + "/take_chat/";

        assertResponse(post(path, null, root), 403, FORBIDDEN);
        assertResponse(post(path, null, accounts.userToken(unique("user"))), 403, FORBIDDEN);
        assertResponse(post(path, null, null), 401,
                "{\"detail\": \"Las credenciales de autenticación no se proveyeron.\"}");
    }

    @Test
    void unknownChatIsNotFound() {
        Agent agent = newAgent(5);

        assertResponse(post("/api/chat-rooms/" + UUID.randomUUID() + "/take_chat/", null, agent.token()),
                404, NOT_FOUND);
        assertResponse(post("/api/chat-rooms/not-a-uuid/take_chat/", null, agent.token()), 404, NOT_FOUND);
    }

    @Test
    void twoAgentsTakingTheSameChatAtOnceLeaveOneWinner() throws Exception {
        Agent first = newAgent(100);
        Agent second = newAgent(100);
        int firstWins = 0;
        int secondWins = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                ChatRoomView chat = chats.createWaitingChat();
                List<ApiClient.Response> responses = all(pool, List.of(
                        takeAttempt(chat, first), takeAttempt(chat, second)));

                List<Integer> statuses = responses.stream().map(ApiClient.Response::status).toList();
                assertThat(statuses).as(responses.toString()).containsOnlyOnce(200);
                ApiClient.Response loser = responses.get(statuses.get(0) == 200 ? 1 : 0);
                assertThat(loser.status()).as(loser.toString()).isIn(400, 409);
                Agent winner = statuses.get(0) == 200 ? first : second;
                if (winner == first) {
                    firstWins++;
                } else {
                    secondWins++;
                }
                ApiClient.Response room = get("/api/chat-rooms/all_chats/?agent_id=" + winner.id(), root);
                assertThat(room.body()).contains(chat.id());
                assertThat(responses.get(statuses.indexOf(200)).json().get("agent").get("id").asLong())
                        .isEqualTo(winner.id());
                assertActiveChats(first, firstWins);
                assertActiveChats(second, secondWins);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentTakesNeverExceedTheAgentsCapacity() throws Exception {
        Agent agent = newAgent(2);
        List<Callable<ApiClient.Response>> attempts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attempts.add(takeAttempt(chats.createWaitingChat(), agent));
        }
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<ApiClient.Response> responses = all(pool, attempts);

            assertThat(responses.stream().filter(r -> r.status() == 200).count()).as(responses.toString())
                    .isEqualTo(2);
            assertThat(responses.stream().filter(r -> r.status() != 200))
                    .allSatisfy(r -> JsonMatch.assertJson(r.json(),
                            "{\"error\": \"No puedes tomar más chats en este momento\"}"));
            assertActiveChats(agent, 2);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<ApiClient.Response> takeAttempt(ChatRoomView chat, Agent agent) {
        return () -> api.post("/api/chat-rooms/" + chat.id() + "/take_chat/", "", agent.token());
    }

    /** Runs the calls on the pool, all released at the same moment. */
    private static List<ApiClient.Response> all(ExecutorService pool, List<Callable<ApiClient.Response>> calls)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        for (Callable<ApiClient.Response> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        List<ApiClient.Response> responses = new ArrayList<>();
        for (Future<ApiClient.Response> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }
}
