package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/chat-rooms/resolved_closed_chats/: my_chats limited to the caller's finished chats. */
class ResolvedClosedChatsIntegrationTest extends ChatRoomsTestSupport {

    private static final String PATH = "/api/chat-rooms/resolved_closed_chats/";

    @Test
    void listsTheCallersResolvedAndClosedChatsPagedLikeMyChats() {
        Agent agent = newAgent(5);
        Agent colleague = newAgent(5);
        ChatRoomView active = chats.createWaitingChat();
        ChatRoomView resolved = chats.createWaitingChat();
        ChatRoomView closed = chats.createWaitingChat();
        ChatRoomView theirs = chats.createWaitingChat();
        take(active, agent);
        take(resolved, agent);
        take(closed, agent);
        take(theirs, colleague);
        post("/api/chat-rooms/" + resolved.id() + "/resolve/", null, agent.token());
        post("/api/chat-rooms/" + closed.id() + "/close/", null, agent.token());
        post("/api/chat-rooms/" + theirs.id() + "/resolve/", null, colleague.token());

        Map<String, Object> all = ChatRoomListsIntegrationTest.page(List.of(
                fullRoomJson(closed, "closed", agent, List.of(initialMessageJson())),
                fullRoomJson(resolved, "resolved", agent, List.of(initialMessageJson()))), 1, 1, 2);
        all.put("agent", workload(agent, 1));
        assertResponse(get(PATH, agent.token()), 200, json(all));

        Map<String, Object> second = ChatRoomListsIntegrationTest.page(List.of(
                fullRoomJson(resolved, "resolved", agent, List.of(initialMessageJson()))), 2, 2, 2);
        second.put("agent", workload(agent, 1));
        assertResponse(get(PATH + "?page=2&page_size=1", agent.token()), 200, json(second));
        assertResponse(get("/api/chat-rooms/resolved_closed_chats?page=2&page_size=1", agent.token()), 200,
                json(second));
    }

    @Test
    void anAgentWithoutFinishedChatsGetsAnEmptyPage() {
        Agent agent = newAgent(5);

        Map<String, Object> empty = ChatRoomListsIntegrationTest.page(List.of(), 1, 1, 0);
        empty.put("agent", workload(agent, 0));
        assertResponse(get(PATH, agent.token()), 200, json(empty));
    }

    @Test
    void rejectsBadPaging() {
        Agent agent = newAgent(5);

        assertResponse(get(PATH + "?page=0", agent.token()), 400,
                "{\"page\": [\"Asegúrese de que este valor es mayor o igual a 1.\"]}");
        assertResponse(get(PATH + "?page_size=x", agent.token()), 400,
                "{\"page_size\": [\"Se requiere un número entero válido.\"]}");
    }

    @Test
    void isForStaffOnly() {
        Map<String, Object> empty = ChatRoomListsIntegrationTest.page(List.of(), 1, 1, 0);
        empty.put("agent", null);
        assertResponse(get(PATH, root), 200, json(empty));
        assertResponse(get(PATH, accounts.userToken(unique("user"))), 403, FORBIDDEN);
        assertResponse(get(PATH, null), 401,
                "{\"detail\": \"Las credenciales de autenticación no se proveyeron.\"}");
    }

    private static Map<String, Object> workload(Agent agent, int currentChats) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", agent.id());
        json.put("name", "Agent " + agent.username());
        json.put("current_chats", currentChats);
        return json;
    }
}
