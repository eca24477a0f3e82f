package com.chatcore.web.realtime;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.Socket;
import com.chatcore.web.realtime.LiveChatApi.Agent;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Agents' notification frames, who hears of new chats, and resuming as things stood at each event. */
class RealtimeNotificationsIntegrationTest extends IntegrationTest {

    @Autowired
    QueryGateway queries;
    LiveChatApi chats;

    @BeforeEach
    void chats() {
        chats = new LiveChatApi(api, accounts, queries);
    }

    @Test
    void anAgentsNotificationsArePushedAsTheRestApiListsThem() throws InterruptedException {
        Agent agent = chats.newAgent();
        try (Socket socket = Socket.open(port, "/ws/my_chats/?token=" + agent.token())) {
            String room = chats.openGuestChat();
            JsonNode newChat = socket.next(f -> isType(f, "notify_new_chat") && room(f).equals(room));
            assertThat(newChat.get("notification").get("agent_info")).isEqualTo(agentInfo(agent));
            assertThat(withoutAgentInfo(newChat.get("notification"))).isEqualTo(listed(agent, newChat));
            assertThat(newChat.get("notification").get("title").asString()).isEqualTo("Nuevo chat");
            assertThat(newChat.get("notification").get("chat_room").asString()).isEqualTo(room);
            assertThat(newChat.get("notification").get("chat_room_id").asString()).as("the public client's name")
                    .isEqualTo(room);
            assertThat(newChat.get("message").get("content").asString()).isEqualTo("Hola, necesito ayuda");
            assertThat(newChat.get("message").get("sender_type").asString()).isEqualTo("user");

            chats.take(room, agent);
            ApiClient.Response sent = api.post("/api/chat/send_message/",
                    Map.of("chat_room_id", chats.keyOf(room), "content", "¿Me ayudas con mi pedido?"), null);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            JsonNode guestMessage = socket.next(f -> isType(f, "guest_message"));
            JsonNode notified = socket.next();
            assertThat(notified.get("type").asString()).isEqualTo("notify_send_message");
            assertThat(notified.get("event_id").asLong()).isEqualTo(guestMessage.get("event_id").asLong());
            assertThat(notified.get("notification").get("notification_type").asString()).isEqualTo("new_message");
            assertThat(notified.get("notification").get("chat_room_id").asString()).isEqualTo(room);
            assertThat(notified.get("notification").get("message").asString())
                    .isEqualTo("Nombre Completo: ¿Me ayudas con mi pedido?");
            assertThat(withoutAgentInfo(notified.get("notification"))).isEqualTo(listed(agent, notified));
            assertThat(notified.get("message")).isEqualTo(guestMessage.get("message"));
            assertThat(notified.get("message").get("id").asString()).isEqualTo(sent.json().get("id").asString());
        }
    }

    @Test
    void onlyAvailableAgentsHearOfNewChats() {
        Agent available = chats.newAgent();
        Agent away = chats.newAgent();
        ApiClient.Response unavailable = api.patch("/api/agents/" + away.id() + "/", Map.of("is_available", false),
                away.token());
        assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(200);
        try (Socket awaySocket = Socket.open(port, "/ws/my_chats/?token=" + away.token())) {
            String room = chats.openGuestChat();
            chats.take(room, available);
            List<JsonNode> heard = until(awaySocket, f -> isType(f, "chat_taken_by_other")
                    && f.get("chat_id").asString().equals(room));
            assertThat(heard).noneMatch(f -> isType(f, "new_chat") || isType(f, "notify_new_chat"));
        }
    }

    @Test
    void aResumingAgentGetsTheFramesOfChatsItHeldAtTheTime() {
        Agent first = chats.newAgent();
        Agent second = chats.newAgent();
        String room = chats.openGuestChat();
        long last;
        try (Socket socket = Socket.open(port, "/ws/my_chats/?token=" + first.token())) {
            chats.take(room, first);
            chats.guestSays(room, "uno");
            last = socket.next(f -> isType(f, "notify_send_message") && room(f).equals(room)).get("event_id").asLong();
        }
        chats.guestSays(room, "dos");
        ApiClient.Response transferred = api.post("/api/chat-rooms/" + room + "/transfer_chat/",
                Map.of("agent_id", second.id()), first.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        chats.guestSays(room, "tres");

        assertThat(missedInRoom(first, last, room)).containsExactly(
                "guest_message dos", "notify_send_message Nombre Completo: dos",
                "chat_transferred to " + second.fullName());
        assertThat(missedInRoom(second, last, room)).containsExactly(
                "notify_chat_transferred " + first.fullName() + " te transfirió el chat de Nombre Completo",
                "guest_message tres", "notify_send_message Nombre Completo: tres");
    }

    @Test
    void aResumeBeyondTheWindowIsRefusedAndLiveFramesFollow() {
        Agent agent = chats.newAgent();
                String room = chats.openGuestChat();
        chats.take(room, agent);
        long latest;
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/")) {
            chats.agentSays(room, agent, "hola");
            latest = guest.next(f -> isType(f, "new_message")).get("event_id").asLong();
        }
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/?last_event_id="
                + (latest - EventFeed.RESUME_WINDOW - 1))) {
            assertThat(guest.next()).isEqualTo(Socket.JSON.readTree(
                    "{\"type\": \"error\", \"message\": \"resume window exceeded\"}"));
            chats.agentSays(room, agent, "en vivo");
            assertThat(RealtimeIntegrationTest.describe(guest.next())).isEqualTo("message en vivo");
            latest = guest.next().get("event_id").asLong();
        }
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/?last_event_id="
                + (latest - EventFeed.RESUME_WINDOW))) {
            assertThat(guest.framesUntilPong()).extracting(RealtimeIntegrationTest::describe).containsExactly("agent_joined Agent rt_agent se unió al chat", "message hola",
                    "new_message Agent rt_agent: hola", "message en vivo", "new_message Agent rt_agent: en vivo");
        }
    }

    /** What the agent would have got after {@code last}, for one room, in short. */
    private List<String> missedInRoom(Agent agent, long last, String room) {
        List<String> frames = new ArrayList<>();
        try (Socket socket = Socket.open(port, "/ws/my_chats/?token=" + agent.token() + "&last_event_id=" + last)) {
            for (JsonNode frame : socket.framesUntilPong()) {
                assertThat(frame.get("event_id").asLong()).isGreaterThan(last);
                if (room.equals(room(frame))) {
                    frames.add(frame.get("type").asString() + " " + (frame.has("notification")
                            ? frame.get("notification").get("message").asString()
                            : frame.has("to_agent") ? "to " + frame.get("to_agent").get("full_name").asString()
                            : frame.get("message").get("content").asString()));
                }
            }
        }
        return frames;
    }

    private static List<JsonNode> until(Socket socket, Predicate<JsonNode> last) {
        List<JsonNode> frames = new ArrayList<>();
        JsonNode frame;
        do {
            frame = socket.next();
            frames.add(frame);
        } while (!last.test(frame));
        return frames;
    }

    /**
     * The notification as GET /api/notifications/ lists it. The frame and the read model come from the
     * same event through different readers, so the listing may trail the frame by a moment.
     */
    private JsonNode listed(Agent agent, JsonNode frame) throws InterruptedException {
        String id = frame.get("notification").get("id").asString();
        ApiClient.Response list = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            list = api.get("/api/notifications/", agent.token());
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            for (JsonNode notification : list.json().get("notifications")) {
                if (notification.get("id").asString().equals(id)) {
                    return notification;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("notification " + id + " is not listed: " + list);
    }

    private static JsonNode withoutAgentInfo(JsonNode notification) {
        ObjectNode copy = (ObjectNode) notification.deepCopy();
        copy.remove("agent_info");
        return copy;
    }

    private static JsonNode agentInfo(Agent agent) {
        return Socket.JSON.readTree("{\"id\": " + agent.id() + ", \"full_name\": \"" + agent.fullName() + "\"}");
    }

    private static boolean isType(JsonNode frame, String type) {
        return frame.has("type") && frame.get("type").asString().equals(type);
    }

    private static String room(JsonNode frame) {
        if (frame.has("room_id")) {
            return frame.get("room_id").asString();
        }
        if (frame.has("chat_id")) {
            return frame.get("chat_id").asString();
        }
        return frame.has("notification") ? frame.get("notification").path("chat_room").asString(null) : null;
    }



}
