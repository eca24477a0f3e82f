package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** filtered_chats, waiting_chats, my_chats and all_chats. */
class ChatRoomListsIntegrationTest extends ChatRoomsTestSupport {

    private static final String CHOICE = "Escoja una opción válida. %s no es una de las opciones disponibles.";

    @Test
    void superuserFiltersChatsByAgentAndStatus() {
        Agent agent = newAgent(5);
        ChatRoomView first = chats.createWaitingChat();
        ChatRoomView second = chats.createWaitingChat();
        take(first, agent);
        take(second, agent);
        chats.customerSays(first.id(), "¿Sigues ahí?");
        post("/api/chat-rooms/" + second.id() + "/resolve/", null, agent.token());

        assertResponse(get("/api/chat-rooms/filtered_chats/?agent_id=" + agent.id(), root), 200,
                json(page(List.of(listed(second, "resolved", agent, 1), listed(first, "active", agent, 2)),
                        1, 1, 2)));
        assertResponse(get("/api/chat-rooms/filtered_chats/?status=resolved&agent_id=" + agent.id(), root), 200,
                json(page(List.of(listed(second, "resolved", agent, 1)), 1, 1, 1)));
        assertResponse(get("/api/chat-rooms/filtered_chats/?agent_id=" + agent.id() + "&page=2&page_size=1", root),
                200, json(page(List.of(listed(first, "active", agent, 2)), 2, 2, 2)));
    }

    @Test
    void anAgentSeesWaitingChatsAndTheirOwnOnly() {
        Agent agent = newAgent(5);
        Agent colleague = newAgent(5);
        ChatRoomView mine = chats.createWaitingChat();
        ChatRoomView theirs = chats.createWaitingChat();
        take(mine, agent);
        take(theirs, colleague);
        ChatRoomView waiting = chats.createWaitingChat();

        assertResponse(get("/api/chat-rooms/filtered_chats/?status=active", agent.token()), 200,
                json(page(List.of(listed(mine, "active", agent, 1)), 1, 1, 1)));
        assertResponse(get("/api/chat-rooms/filtered_chats/?agent_id=" + colleague.id(), agent.token()), 200,
                json(page(List.of(), 1, 1, 0)));
        JsonNode waitingPage = get("/api/chat-rooms/filtered_chats/?status=waiting&page_size=100", agent.token())
                .json();
        JsonMatch.assertJson(waitingPage.get("chats").get(0), json(listed(waiting, "waiting", null, 1)));
        JsonNode everything = get("/api/chat-rooms/filtered_chats/?page_size=100", agent.token()).json();
        for (JsonNode chat : everything.get("chats")) {
            assertThat(chat.get("status").asString().equals("waiting")
                    || chat.get("agent").get("id").asLong() == agent.id()).as(chat.toString()).isTrue();
        }
        assertThat(everything.toString()).contains(mine.id()).doesNotContain(theirs.id());
    }

    @Test
    void filteredChatsRejectsBadFilters() {
        Agent agent = newAgent(5);

        assertResponse(get("/api/chat-rooms/filtered_chats/?status=pending", agent.token()), 400,
                "{\"status\": [\"" + CHOICE.formatted("pending") + "\"]}");
        assertResponse(get("/api/chat-rooms/filtered_chats/?status=ACTIVE", root), 400,
                "{\"status\": [\"" + CHOICE.formatted("ACTIVE") + "\"]}");
        assertResponse(get("/api/chat-rooms/filtered_chats/?agent_id=uno", root), 400,
                "{\"agent_id\": [\"Se requiere un número entero válido.\"]}");
        assertResponse(get("/api/chat-rooms/filtered_chats/?page=0", root), 400,
                "{\"page\": [\"Asegúrese de que este valor es mayor o igual a 1.\"]}");
        assertResponse(get("/api/chat-rooms/filtered_chats/?page_size=x", root), 400,
                "{\"page_size\": [\"Se requiere un número entero válido.\"]}");
    }

    @Test
    void waitingChatsComeByPriorityThenAge() {
        Agent agent = newAgent(5);
        ChatRoomView escalatedHigh = chats.readModelChatWaitingSince(Duration.ofMinutes(20).plusSeconds(30));
        ChatRoomView escalatedMedium = chats.readModelChatWaitingSince(Duration.ofMinutes(10).plusSeconds(30));
        try {
            ChatRoomView low = chats.createWaitingChat();
            ChatRoomView medium = chats.createWaitingChat();
            ChatRoomView high = chats.createWaitingChat();
            ChatRoomView lowToo = chats.createWaitingChat();
            ChatRoomView takenMeanwhile = chats.createWaitingChat();
            setPriority(medium, "medium", agent);
            setPriority(high, "high", agent);
            setPriority(lowToo, "low", agent);
            take(takenMeanwhile, agent);

            List<String> ids = List.of(escalatedHigh.id(), escalatedMedium.id(), low.id(), medium.id(), high.id(),
                    lowToo.id(), takenMeanwhile.id());
            List<JsonNode> queue = new ArrayList<>();
            for (JsonNode chat : wholeQueue(agent)) {
                if (ids.contains(chat.get("id").asString())) {
                    queue.add(chat);
                }
            }

            assertThat(queue.stream().map(chat -> chat.get("id").asString()))
                    .containsExactly(escalatedHigh.id(), high.id(), escalatedMedium.id(), medium.id(), low.id(),
                            lowToo.id());
            // Those two exist in the read model alone, without messages.
            JsonMatch.assertJson(queue.get(0), json(waitingJson(escalatedHigh, "high", 20, List.of())));
            JsonMatch.assertJson(queue.get(2), json(waitingJson(escalatedMedium, "medium", 10, List.of())));
            JsonMatch.assertJson(queue.get(4), json(waitingJson(low, "low", 0)));
        } finally {
            chats.forget(escalatedHigh);
            chats.forget(escalatedMedium);
        }
    }

    @Test
    void waitingChatsArePagedByFiftyAndAtMostAHundred() {
        chats.createWaitingChat();

        JsonNode byDefault = get("/api/chat-rooms/waiting_chats/", root).json();
        long total = byDefault.get("pagination").get("total_chats").asLong();
        assertThat(byDefault.get("chats").size()).isEqualTo((int) Math.min(total, 50));
        JsonMatch.assertJson(byDefault.get("pagination"), json(pagination(1, (total + 49) / 50, total)));

        JsonNode capped = get("/api/chat-rooms/waiting_chats/?page_size=500", root).json();
        JsonMatch.assertJson(capped.get("pagination"), json(pagination(1, (total + 99) / 100, total)));
    }

    @Test
    void myChatsListTheAgentsChatsWithMessagesAndWorkload() {
        Agent agent = newAgent(5);
        ChatRoomView first = chats.createWaitingChat();
        ChatRoomView second = chats.createWaitingChat();
        take(first, agent);
        take(second, agent);
        chats.customerSays(second.id(), "Gracias");
        post("/api/chat-rooms/" + first.id() + "/resolve/", null, agent.token());

        Map<String, Object> all = page(List.of(
                fullRoomJson(first, "resolved", agent, List.of(initialMessageJson())),
                fullRoomJson(second, "active", agent, List.of(initialMessageJson(),
                        messageJson("user", "Gracias", false)))), 1, 1, 2);
        all.put("agent", workload(agent, 1));
        assertResponse(get("/api/chat-rooms/my_chats/", agent.token()), 200, json(all));

        Map<String, Object> active = page(List.of(fullRoomJson(second, "active", agent,
                List.of(initialMessageJson(), messageJson("user", "Gracias", false)))), 1, 1, 1);
        active.put("agent", workload(agent, 1));
        assertResponse(get("/api/chat-rooms/my_chats/?status=active&page=1&page_size=20", agent.token()), 200,
                json(active));
    }

    @Test
    void myChatsEmbedTheLastFiftyMessagesOfEachChat() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);
        chats.customerSaysMany(chat.id(), 55);

        JsonNode messages = get("/api/chat-rooms/my_chats/", agent.token()).json().get("chats").get(0)
                .get("messages");

        assertThat(messages.size()).isEqualTo(50);
        assertThat(messages.get(0).get("content").asString()).isEqualTo("6");
        assertThat(messages.get(49).get("content").asString()).isEqualTo("55");
    }

    @Test
    void myChatsAreForStaffAndCheckTheStatus() {
        Agent agent = newAgent(5);

        assertResponse(get("/api/chat-rooms/my_chats/", accounts.userToken(unique("user"))), 403, FORBIDDEN);
        assertResponse(get("/api/chat-rooms/my_chats/?status=open", agent.token()), 400,
                "{\"status\": [\"" + CHOICE.formatted("open") + "\"]}");
    }

    @Test
    void allChatsShowEveryChatToSuperusersOnly() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(get("/api/chat-rooms/all_chats/?status=active&agent_id=" + agent.id(), root), 200,
                json(page(List.of(fullRoomJson(chat, "active", agent, List.of(initialMessageJson()))), 1, 1, 1)));
        JsonNode everything = get("/api/chat-rooms/all_chats/", root).json();
        assertThat(everything.get("chats").size()).isEqualTo(
                (int) Math.min(50, everything.get("pagination").get("total_chats").asLong()));
        assertResponse(get("/api/chat-rooms/all_chats/", agent.token()), 403, FORBIDDEN);
        assertResponse(get("/api/chat-rooms/all_chats/?status=done", root), 400,
                "{\"status\": [\"" + CHOICE.formatted("done") + "\"]}");
    }

    private void setPriority(ChatRoomView chat, String priority, Agent agent) {
        ApiClient.Response response = post("/api/chat-rooms/" + chat.id() + "/set_priority/",
                Map.of("priority", priority), agent.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private List<JsonNode> wholeQueue(Agent agent) {
        List<JsonNode> queue = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode body = get("/api/chat-rooms/waiting_chats/?page_size=100&page=" + page, agent.token()).json();
            body.get("chats").forEach(queue::add);
            if (!body.get("pagination").get("has_next").asBoolean()) {
                return queue;
            }
        }
    }

    static Map<String, Object> page(List<?> chats, int page, long totalPages, long total) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("chats", chats);
        json.put("pagination", pagination(page, totalPages, total));
        return json;
    }

    static Map<String, Object> pagination(int page, long totalPages, long total) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("current_page", page);
        json.put("total_pages", Math.max(totalPages, 1));
        json.put("total_chats", total);
        json.put("has_next", page < Math.max(totalPages, 1));
        json.put("has_previous", page > 1);
        return json;
    }

    private static Map<String, Object> listed(ChatRoomView chat, String status, Agent agent, int unread) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", chat.id());
        json.put("chat_user", chatUserJson(chat));
        json.put("chat_user_info", chatUserInfoJson(chat));
        json.put("initial_message", Chats.INITIAL_MESSAGE);
        json.put("status", status);
        json.put("agent", agent == null ? null : agentJson(agent));
        json.put("created_at", "<instant>");
        json.put("updated_at", "<instant>");
        json.put("unread_messages_count", unread);
        return json;
    }

    private static Map<String, Object> workload(Agent agent, int currentChats) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", agent.id());
        json.put("name", "Agent " + agent.username());
        json.put("current_chats", currentChats);
        return json;
    }
}
