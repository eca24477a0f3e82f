package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public seed-003 client (LetMeDream/PokerFace) reads and does on the chat-room routes beyond
 * seed 003's document, beside every field the document shows.
 */
class ChatClientSupersetIntegrationTest extends ChatRoomsTestSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyChatObjectCarriesChatUserInfoBesideTheSeedsChatUser() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();

        JsonNode waiting = post("/api/chat-rooms/" + chat.id() + "/set_priority/", Map.of("priority", "high"),
                agent.token()).json();
        JsonNode taken = take(chat, agent).json();
        JsonNode mine = only(get("/api/chat-rooms/my_chats/", agent.token()));
        JsonNode filtered = only(get("/api/chat-rooms/filtered_chats/?agent_id=" + agent.id(), root));
        JsonNode all = only(get("/api/chat-rooms/all_chats/?agent_id=" + agent.id(), root));

        Map<String, Object> waitingChatUser = new LinkedHashMap<>();
        waitingChatUser.put("full_name", Chats.FULL_NAME);
        waitingChatUser.put("email", Chats.EMAIL);
        JsonMatch.assertJson(waiting.get("chat_user"), json(waitingChatUser));
        for (JsonNode room : List.of(taken, mine, filtered, all)) {
            JsonMatch.assertJson(room.get("chat_user"), json(chatUserJson(chat)));
        }
        for (JsonNode room : List.of(waiting, taken, mine, filtered, all)) {
            JsonMatch.assertJson(room.get("chat_user_info"), json(chatUserInfoJson(chat)));
            assertThat(room.get("chat_user_info").get("phone_number").asString()).isEqualTo(Chats.PHONE);
        }
    }

    @Test
    void aSuperuserGetsAnEmptyMyChatsRightAfterEitherLogin() {
        String login = accounts.superuserToken();
        String access = api.post("/api/token/", Map.of("username", SUPERUSER, "password", SUPERUSER_PASSWORD), null)
                .json().get("access").asString();
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("chats", List.of());
        empty.put("pagination", ChatRoomListsIntegrationTest.pagination(1, 1, 0));
        empty.put("agent", null);

        for (String token : List.of(login, access)) {
            assertResponse(get("/api/chat-rooms/my_chats/", token), 200, json(empty));
            assertResponse(get("/api/chat-rooms/my_chats/?status=active&page=1&page_size=20", token), 200,
                    json(empty));
        }
    }

    @Test
    void anAgentResolvesAWaitingChatFromTheInboxAndTheEventNamesIt() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/resolve/", null, agent.token()), 200,
                json(fullRoomJson(chat, "resolved", null, List.of(initialMessageJson()))));

        assertActiveChats(agent, 0);
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/take_chat/", null, agent.token()), 400,
                "{\"error\": \"Este chat ya no está en espera\"}");
        assertActedBy(chat, "ChatResolvedEvent", agent);
        assertThat(lastEvent(chat).payload().get("agentId").isNull()).as("nobody held it").isTrue();
    }

    @Test
    void anAgentClosesAWaitingChatFromTheInboxAndTheEventNamesIt() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/close/", null, agent.token()), 200,
                json(fullRoomJson(chat, "closed", null, List.of(initialMessageJson()))));

        assertActedBy(chat, "ChatClosedEvent", agent);
        assertThat(lastEvent(chat).payload().get("previousStatus").asString()).isEqualTo("WAITING");
    }

    @Test
    void anAgentGivesUpItsChatButNotAColleagues() {
        Agent agent = newAgent(5);
        Agent colleague = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/unassign_agent/", null, colleague.token()), 403,
                FORBIDDEN);
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/unassign_agent/", null, agent.token()), 200,
                json(fullRoomJson(chat, "waiting", null, List.of(initialMessageJson()))));

        assertActiveChats(agent, 0);
        assertActedBy(chat, "ChatUnassignedEvent", agent);
        assertThat(lastEvent(chat).payload().get("previousAgentId").asLong()).isEqualTo(agent.id());
        take(chat, colleague);
    }

    @Test
    void anAgentStillActsOnlyOnChatsItHoldsOrNobodyHolds() {
        Agent agent = newAgent(5);
        Agent colleague = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        for (String action : List.of("resolve/", "close/", "unassign_agent/")) {
            assertResponse(post("/api/chat-rooms/" + chat.id() + "/" + action, null, colleague.token()), 403,
                    FORBIDDEN);
        }
        assertActiveChats(agent, 1);
    }

    private record StoredEvent(String type, JsonNode payload, JsonNode meta) {
    }

    private StoredEvent lastEvent(ChatRoomView chat) {
        return jdbc.queryForObject("""
                SELECT payload_type, convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""",
                (row, n) -> new StoredEvent(row.getString("payload_type"), ExpectedJson.parse(row.getString("payload")),
                        ExpectedJson.parse(row.getString("meta"))), chat.id());
    }

    /** The event names the acting agent, and its caller metadata names that agent's account. */
    private void assertActedBy(ChatRoomView chat, String eventType, Agent agent) {
        StoredEvent event = lastEvent(chat);
        assertThat(event.type()).isEqualTo("com.chatcore.api.conversation." + eventType);
        assertThat(event.payload().get("byAgentId").asLong()).isEqualTo(agent.id());
        long userId = get("/api/agents/" + agent.id() + "/", root).json().get("user").get("id").asLong();
        assertThat(event.meta().get("callerId").asString()).isEqualTo(Long.toString(userId));
        assertThat(event.meta().get("callerRole").asString()).isEqualTo("AGENT");
    }

    private static JsonNode only(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode chats = response.json().get("chats");
        assertThat(chats).as(response.toString()).hasSize(1);
        return chats.get(0);
    }
}
