package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.chatcore.web.messages.JsonExpect.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many messages sent at once into one chat by the agent holding it: each is stored once, in one
 * order, and counted. No retries: a failed send is a failure of the test.
 */
class ConcurrentAgentMessagesIntegrationTest extends MessagesTestBase {

    private static final int MESSAGES = 200;
    private static final int THREADS = 16;

    @Test
    void parallelSendsAreAllStoredOnceInOneOrder() throws Exception {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);

        List<ApiClient.Response> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<ApiClient.Response>> sends = IntStream.range(0, MESSAGES)
                    .mapToObj(i -> pool.submit(() -> api.post("/api/messages/",
                            Map.of("chat_room_id", chat, "content", "mensaje " + i), agent.token())))
                    .toList();
            for (Future<ApiClient.Response> send : sends) {
                responses.add(send.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString())
                .isEqualTo(201));
        Set<String> sentIds = new HashSet<>();
        responses.forEach(response -> sentIds.add(response.json().get("id").asString()));
        assertThat(sentIds).hasSize(MESSAGES);

        List<ChatMessageView> stored = chats.messages(chat);
        assertThat(stored).hasSize(MESSAGES + 1);
        assertThat(stored.get(0).content()).isEqualTo(ChatScenarios.INITIAL_MESSAGE);
        for (int i = 1; i < stored.size(); i++) {
            assertThat(stored.get(i).position()).as("position " + i).isGreaterThan(stored.get(i - 1).position());
        }
        assertThat(stored.subList(1, stored.size())).extracting(ChatMessageView::id)
                .containsExactlyInAnyOrderElementsOf(sentIds);

        assertJson(api.get("/api/messages/unread_count/?chat_room_id=" + chats.keyOf(chat), null).json(),
                obj("unread_count", MESSAGES));
        ApiClient.Response byChat = api.get("/api/messages/by_chat/?chat_room_id=" + chat, agent.token());
        assertThat(byChat.json().get("total_messages").asInt()).isEqualTo(MESSAGES + 1);
        assertThat(byChat.json().get("auto_marked_read").asInt()).as("the guest's Hola").isEqualTo(1);
        List<String> contents = byChat.json().get("messages").valueStream()
                .map(message -> message.get("content").asString()).toList();
        assertThat(contents.subList(1, contents.size())).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, MESSAGES).mapToObj(i -> "mensaje " + i).toList());
        assertThat(byChat.json().get("messages").valueStream().map(message -> message.get("id").asString()).toList())
                .containsExactlyElementsOf(stored.stream().map(ChatMessageView::id).toList());
        assertThat(byChat.json().get("messages").get(0).get("is_read").asBoolean()).isTrue();
        assertThat(byChat.json().get("messages").valueStream().skip(1).map(message -> message.get("is_read"))
                .allMatch(JsonNode::isBoolean)).isTrue();
    }
}
