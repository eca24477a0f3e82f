package com.chatcore.faults;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003 over HTTP through a cluster's nodes, as its frontends drive it. */
final class LiveChats {

    /** Arguments of every node: the superuser {@link Accounts} logs in as, and no guest limits in the way. */
    static final List<String> NODE_ARGUMENTS = List.of(
            "--chat.bootstrap-superuser.username=" + IntegrationTest.SUPERUSER,
            "--chat.bootstrap-superuser.password=" + IntegrationTest.SUPERUSER_PASSWORD,
            "--chat.guest.max-messages-per-minute=1000000", "--chat.guest.max-chats-per-hour-per-ip=1000000",
            "--chat.guest.max-sessions-per-hour-per-ip=1000000");

    record Agent(long id, String token) {
    }

    /** A guest chat: its room id, which agents use, and the guest's key. */
    record Chat(String room, String key) {
    }

    private final ThreeNodes nodes;
    private final String superuserToken;

    LiveChats(ThreeNodes nodes) {
        this.nodes = nodes;
        this.superuserToken = new Accounts(nodes.api(0)).superuserToken();
    }

    String superuserToken() {
        return superuserToken;
    }

    /** A new agent, created and logged in through node {@code node}; its token works on every node. */
    Agent newAgent(int node, int maxConcurrentChats) {
        Accounts accounts = new Accounts(nodes.api(node));
        String username = IntegrationTest.unique("agent");
        long id = accounts.createAgent(username, maxConcurrentChats).get("id").asLong();
        return new Agent(id, accounts.login(username, Accounts.PASSWORD));
    }

    /** {@code count} new waiting chats, chat {@code i} opened through node {@code i}. */
    List<Chat> open(int count) {
        Map<String, String> keysByEmail = new HashMap<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = IntegrationTest.unique("guest") + "@example.com";
            emails.add(email);
            keysByEmail.put(email, openChat(nodes.api(i), email));
        }
        // Guests never see the room id: agents find the chats in the queue, by their customers' emails.
        ApiClient.Response queue = nodes.api(count).get("/api/chat-rooms/waiting_chats/?page_size=100", superuserToken);
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        Map<String, String> roomsByEmail = new HashMap<>();
        queue.json().get("chats").forEach(chat -> roomsByEmail.put(chat.get("chat_user").get("email").asString(),
                chat.get("id").asString()));
        assertThat(roomsByEmail).as("the queue shows every new chat").containsKeys(emails.toArray(String[]::new));
        return emails.stream().map(email -> new Chat(roomsByEmail.get(email), keysByEmail.get(email))).toList();
    }

    static ApiClient.Response take(ApiClient api, String room, Agent agent) {
        return api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent.token());
    }

    static ApiClient.Response agentSays(ApiClient api, Chat chat, Agent agent, String content) {
        return api.post("/api/chat-rooms/" + chat.room() + "/send_message/", Map.of("content", content),
                agent.token());
    }

    static ApiClient.Response guestSays(ApiClient api, Chat chat, String content) {
        return api.post("/api/chat/send_message/", Map.of("chat_room_id", chat.key(), "content", content), null);
    }

    /** The chat's messages, oldest first, as a superuser reads them through {@code api} (marking nothing read). */
    List<JsonNode> messages(ApiClient api, String room) {
        ApiClient.Response messages = api.get("/api/chat-rooms/" + room + "/messages/", superuserToken);
        assertThat(messages.status()).as(messages.toString()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        messages.json().forEach(list::add);
        return list;
    }

    private static String openChat(ApiClient api, String email) {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(), "email", email,
                "full_name", "Three Nodes Guest", "phone_number", "+34600000000"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed.json().get("chat_room_id").asString();
    }
}
