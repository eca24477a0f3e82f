package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;
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

    private static JsonNode only(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode chats = response.json().get("chats");
        assertThat(chats).as(response.toString()).hasSize(1);
        return chats.get(0);
    }
}
