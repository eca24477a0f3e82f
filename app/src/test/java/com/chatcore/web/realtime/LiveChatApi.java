package com.chatcore.web.realtime;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestChats;
import org.axonframework.queryhandling.QueryGateway;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.chatcore.support.IntegrationTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** What the real-time tests do through seed 003's REST API, as its frontends would. */
public final class LiveChatApi {

    /** An agent of the tests: named "Agent rt_agent_…". */
    public record Agent(long id, String token, String fullName) {
    }

    private final ApiClient api;
    private final Accounts accounts;
    private final QueryGateway queries;
    private final Map<String, String> guestKeys;

    public LiveChatApi(ApiClient api, Accounts accounts, QueryGateway queries) {
        this(api, accounts, queries, new ConcurrentHashMap<>());
    }

    private LiveChatApi(ApiClient api, Accounts accounts, QueryGateway queries, Map<String, String> guestKeys) {
        this.api = api;
        this.accounts = accounts;
        this.queries = queries;
        this.guestKeys = guestKeys;
    }

    /** The same calls through another node. */
    public LiveChatApi through(ApiClient node) {
        return new LiveChatApi(node, accounts, queries, guestKeys);
    }

    public Agent newAgent() {
        String username = unique("rt_agent");
        JsonNode agent = accounts.createAgent(username, 5);
        return new Agent(agent.get("id").asLong(), accounts.login(username, Accounts.PASSWORD), "Agent " + username);
    }

    /**
     * A guest chat of "Nombre Completo", waiting, whose first message is "Hola, necesito ayuda". Answers
     * its room id, which agents see; its guest acts with {@link #keyOf}.
     */
    public String openGuestChat() {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola, necesito ayuda"),
                null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(),
                "email", "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "full_name", "Nombre Completo", "phone_number", "+1234567890"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        String key = completed.json().get("chat_room_id").asString();
        String room = GuestChats.roomIdOf(queries, key);
        guestKeys.put(room, key);
        return room;
    }

    /** The key the guest of {@code room} was given by {@code complete_chat}. */
    public String keyOf(String room) {
        return guestKeys.get(room);
    }

    public void take(String room, Agent agent) {
        ApiClient.Response taken = api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent.token());
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    }

    public ApiClient.Response agentSays(String room, Agent agent, String content) {
        ApiClient.Response sent = api.post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", content),
                agent.token());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent;
    }

    public ApiClient.Response guestSays(String room, String content) {
        ApiClient.Response sent = api.post("/api/chat/send_message/",
                Map.of("chat_room_id", keyOf(room), "content", content), null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent;
    }
}
