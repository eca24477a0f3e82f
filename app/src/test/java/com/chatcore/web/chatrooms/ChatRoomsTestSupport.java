package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Agents, chats and the seed's JSON shapes for the chat-room integration tests. */
abstract class ChatRoomsTestSupport extends IntegrationTest {

    static final String FORBIDDEN = "{\"detail\": \"Usted no tiene permiso para realizar esta acción.\"}";
    static final String NOT_FOUND = "{\"detail\": \"No encontrado.\"}";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private ReadYourWrites readYourWrites;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private EventBus events;

    protected Chats chats;
    protected String root;

    record Agent(long id, String username, String token) {
    }

    @BeforeEach
    void chatRoomsSupport() {
        chats = new Chats(commands, readYourWrites, queries, events);
        root = accounts.superuserToken();
    }

    Agent newAgent(int maxConcurrentChats) {
        String username = unique("agent");
        JsonNode agent = accounts.createAgent(username, maxConcurrentChats);
        return new Agent(agent.get("id").asLong(), username, accounts.login(username, Accounts.PASSWORD));
    }

    ApiClient.Response get(String path, String token) {
        return api.get(path, token);
    }

    ApiClient.Response post(String path, Object body, String token) {
        return api.post(path, body == null ? "" : body, token);
    }

    static void assertResponse(ApiClient.Response response, int status, String json) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        JsonMatch.assertJson(response.json(), json);
    }

    ApiClient.Response take(ChatRoomView chat, Agent agent) {
        ApiClient.Response response = post("/api/chat-rooms/" + chat.id() + "/take_chat/", null, agent.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** The agents API and the chat lists agree on how many chats are active with the agent. */
    void assertActiveChats(Agent agent, int expected) {
        ApiClient.Response agents = get("/api/agents/", root);
        assertThat(agents.status()).as(agents.toString()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode candidate : agents.json()) {
            if (candidate.get("id").asLong() == agent.id()) {
                listed = candidate;
            }
        }
        assertThat(listed).as("agent %s in %s", agent.id(), agents.body()).isNotNull();
        assertThat(listed.get("current_active_chats").asInt()).as(listed.toString()).isEqualTo(expected);
        ApiClient.Response active = get("/api/chat-rooms/all_chats/?status=active&agent_id=" + agent.id(), root);
        assertThat(active.json().get("pagination").get("total_chats").asInt()).isEqualTo(expected);
    }

    static Map<String, Object> agentJson(Agent agent) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("first_name", "Agent");
        user.put("last_name", agent.username());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", agent.id());
        json.put("user", user);
        return json;
    }

    static Map<String, Object> chatUserJson(ChatRoomView chat) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", chat.chatUser().id());
        json.put("full_name", Chats.FULL_NAME);
        json.put("email", Chats.EMAIL);
        json.put("phone_number", Chats.PHONE);
        return json;
    }

    /** The chat's customer as the public seed-003 client reads it: chat_user and is_temporary. */
    static Map<String, Object> chatUserInfoJson(ChatRoomView chat) {
        Map<String, Object> json = chatUserJson(chat);
        json.put("is_temporary", true);
        return json;
    }

    static Map<String, Object> messageJson(String senderType, String content, boolean read) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", "<uuid>");
        json.put("sender_type", senderType);
        json.put("content", content);
        json.put("message_type", "text");
        json.put("is_read", read);
        json.put("created_at", "<instant>");
        return json;
    }

    /** A message as {@code GET /api/chat-rooms/{id}/messages/} shows a customer's message. */
    static Map<String, Object> withUserSender(Map<String, Object> message) {
        Map<String, Object> sender = new LinkedHashMap<>();
        sender.put("full_name", Chats.FULL_NAME);
        sender.put("email", Chats.EMAIL);
        Map<String, Object> json = new LinkedHashMap<>(message);
        json.put("user_sender", sender);
        return json;
    }

    /** A message as {@code GET /api/chat-rooms/{id}/messages/} shows an agent's message. */
    static Map<String, Object> withAgentSender(Map<String, Object> message, Agent agent) {
        Map<String, Object> json = new LinkedHashMap<>(message);
        json.put("agent_sender", agentJson(agent));
        return json;
    }

    /** The customer's first message, as every new chat has it. */
    static Map<String, Object> initialMessageJson() {
        return messageJson("user", Chats.INITIAL_MESSAGE, false);
    }

    /** A chat with its first message as waiting_chats lists it. */
    static Map<String, Object> waitingJson(ChatRoomView chat, String priority, int waitingMinutes) {
        return waitingJson(chat, priority, waitingMinutes, List.of(initialMessageJson()));
    }

    /**
     * A chat as waiting_chats lists it: the seed's fields plus chat_user_info, status and messages, which
     * the public seed-003 client reads on every item.
     */
    static Map<String, Object> waitingJson(ChatRoomView chat, String priority, int waitingMinutes,
            List<Map<String, Object>> messages) {
        Map<String, Object> chatUser = new LinkedHashMap<>();
        chatUser.put("full_name", Chats.FULL_NAME);
        chatUser.put("email", Chats.EMAIL);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", chat.id());
        json.put("chat_user", chatUser);
        json.put("chat_user_info", chatUserInfoJson(chat));
        json.put("initial_message", Chats.INITIAL_MESSAGE);
        json.put("created_at", "<instant>");
        json.put("priority", priority);
        json.put("waiting_time_minutes", waitingMinutes);
        json.put("status", "waiting");
        json.put("messages", messages);
        return json;
    }

    static Map<String, Object> fullRoomJson(ChatRoomView chat, String status, Agent agent,
            List<Map<String, Object>> messages) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", chat.id());
        json.put("chat_user", chatUserJson(chat));
        json.put("chat_user_info", chatUserInfoJson(chat));
        json.put("initial_message", Chats.INITIAL_MESSAGE);
        json.put("status", status);
        json.put("agent", agent == null ? null : agentJson(agent));
        json.put("messages", messages);
        json.put("created_at", "<instant>");
        json.put("updated_at", "<instant>");
        return json;
    }

    static String json(Object value) {
        return ApiClient.json(value);
    }
}
