package com.chatcore.web.notifications;

import com.chatcore.api.notification.NotificationType;
import com.chatcore.api.user.ChangeUserProfileCommand;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.notifications.LiveChatDriver.count;
import static com.chatcore.web.notifications.LiveChatDriver.has;
import static com.chatcore.web.notifications.NotificationAsserts.about;
import static com.chatcore.web.notifications.NotificationAsserts.assertGuestItem;
import static com.chatcore.web.notifications.NotificationAsserts.assertList;
import static com.chatcore.web.notifications.NotificationAsserts.ids;
import static com.chatcore.web.notifications.NotificationAsserts.items;
import static com.chatcore.web.notifications.NotificationAsserts.marked;
import static org.assertj.core.api.Assertions.assertThat;

class GuestNotificationsIntegrationTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private ReadYourWrites readYourWrites;

    private LiveChatDriver chats;

    @BeforeEach
    void driver() {
        chats = new LiveChatDriver(commands, queries, readYourWrites);
    }

    @Test
    void aNewChatHasNoGuestNotificationsYet() {
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        for (String path : List.of("/api/user-notifications/get_notifications/?chat_room_id=",
                "/api/user-notifications/get_notifications?chat_room_id=")) {
            expect(api.get(path + chat.key(), null), 200,
                    "{\"notifications\": [], \"unread_count\": 0, \"total_count\": 0}");
        }
    }

    @Test
    void theGuestHearsOfEveryAgentJoiningNewestFirst() {
        TestAgent first = TestAgent.quiet(accounts, api, unique("ng_first"));
        TestAgent second = TestAgent.quiet(accounts, api, unique("ng_second"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        Instant takenAt = chats.take(chat.id(), first.id());
        Instant transferredAt = chats.transfer(chat.id(), first.id(), second.id());
        Instant assignedAt = chats.assign(chat.id(), first.id());
        chats.awaitGuest(chat.id(), count(chat.id(), NotificationType.AGENT_JOINED, 3));

        JsonNode response = guestList(chat.key(), "");
        assertList(response, 3, 3);
        List<JsonNode> items = items(response);
        assertThat(items).hasSize(3);
        assertGuestItem(items.get(0), "agent_joined", "Agente conectado", first.fullName() + " se unió al chat", false,
                assignedAt);
        assertGuestItem(items.get(1), "agent_joined", "Agente conectado", second.fullName() + " se unió al chat", false,
                transferredAt);
        assertGuestItem(items.get(2), "agent_joined", "Agente conectado", first.fullName() + " se unió al chat", false,
                takenAt);

        JsonNode limited = guestList(chat.key(), "&limit=1");
        assertList(limited, 3, 3);
        assertThat(ids(items(limited))).containsExactly(ids(items).get(0));
    }

    @Test
    void agentMessagesNotifyTheGuestAndCustomerMessagesDoNot() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("ng_msg"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        Instant takenAt = chats.take(chat.id(), agent.id());
        chats.customerWrites(chat.id(), "¿Hay alguien?");
        Instant repliedAt = chats.agentWrites(chat.id(), agent.id(), "Hola Ana, ¿en qué te ayudo?");
        chats.awaitAgent(agent.id(), has(chat.id(), NotificationType.NEW_MESSAGE));
        chats.awaitGuest(chat.id(), has(chat.id(), NotificationType.NEW_MESSAGE));

        JsonNode response = guestList(chat.key(), "");
        assertList(response, 2, 2);
        List<JsonNode> items = items(response);
        assertGuestItem(items.get(0), "new_message", "Nuevo mensaje",
                agent.fullName() + ": Hola Ana, ¿en qué te ayudo?", false, repliedAt);
        assertGuestItem(items.get(1), "agent_joined", "Agente conectado", agent.fullName() + " se unió al chat", false,
                takenAt);
        assertThat(about(agentList(agent), chat.id())).extracting(item -> item.get("notification_type").asString())
                .containsExactly("new_message");
    }

    @Test
    void theGuestHearsTheChatWasResolved() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("ng_res"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.take(chat.id(), agent.id());
        Instant resolvedAt = chats.resolve(chat.id());
        chats.awaitGuest(chat.id(), has(chat.id(), NotificationType.CHAT_RESOLVED));

        JsonNode response = guestList(chat.key(), "");
        assertList(response, 2, 2);
        assertGuestItem(items(response).get(0), "chat_resolved", "Chat resuelto", "Tu chat fue marcado como resuelto",
                false, resolvedAt);
    }

    @Test
    void agentNamesFollowProfileChanges() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("ng_name"));
        chats.send(new ChangeUserProfileCommand(agent.userId(), agent.username() + "@example.com", "Laura", "Gómez"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        Instant takenAt = chats.take(chat.id(), agent.id());
        chats.awaitGuest(chat.id(), has(chat.id(), NotificationType.AGENT_JOINED));

        assertGuestItem(items(guestList(chat.key(), "")).get(0), "agent_joined", "Agente conectado",
                "Laura Gómez se unió al chat", false, takenAt);
    }

    @Test
    void markReadOnlyAffectsThatRoomsUnreadNotifications() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("ng_mark"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        LiveChatDriver.Chat otherChat = chats.startChat("Luis Gil", "Buenas");
        chats.take(chat.id(), agent.id());
        chats.agentWrites(chat.id(), agent.id(), "Hola Ana");
        chats.take(otherChat.id(), agent.id());
        chats.awaitGuest(chat.id(), has(chat.id(), NotificationType.NEW_MESSAGE));
        chats.awaitGuest(otherChat.id(), has(otherChat.id(), NotificationType.AGENT_JOINED));
        List<String> mine = ids(items(guestList(chat.key(), "")));
        String others = ids(items(guestList(otherChat.key(), ""))).get(0);

        expect(api.post("/api/user-notifications/mark_read/", Map.of("chat_room_id", chat.key(), "notification_ids",
                List.of(mine.get(0), mine.get(0), others, UUID.randomUUID().toString())), null), 200,
                marked(1));

        JsonNode after = guestList(chat.key(), "");
        assertList(after, 1, 2);
        assertThat(items(after).get(0).get("is_read").asBoolean()).isTrue();
        assertThat(items(after).get(1).get("is_read").asBoolean()).isFalse();
        assertList(guestList(otherChat.key(), ""), 1, 1);

        expect(api.post("/api/user-notifications/mark_read", Map.of("chat_room_id", chat.key(), "notification_ids",
                mine), null), 200,
                marked(1));
        assertList(guestList(chat.key(), ""), 0, 2);
        expect(api.post("/api/user-notifications/mark_read/", Map.of("chat_room_id", chat.key(), "notification_ids",
                mine), null), 200,
                marked(0));
    }

    @Test
    void guestRoutesNeedAKnownChatRoom() {
        String notFound = "{\"detail\": \"No encontrado.\"}";
        expect(api.get("/api/user-notifications/get_notifications/", null), 400,
                "{\"chat_room_id\": [\"Este campo es requerido.\"]}");
        expect(api.get("/api/user-notifications/get_notifications/?chat_room_id=", null), 400,
                "{\"chat_room_id\": [\"Este campo no puede estar en blanco.\"]}");
        expect(api.get("/api/user-notifications/get_notifications/?chat_room_id=" + UUID.randomUUID(), null), 404,
                notFound);
        expect(api.get("/api/user-notifications/get_notifications/?chat_room_id=not-a-room", null), 404, notFound);

        expect(api.post("/api/user-notifications/mark_read/", Map.of(), null), 400,
                "{\"chat_room_id\": [\"Este campo es requerido.\"],"
                        + " \"notification_ids\": [\"Este campo es requerido.\"]}");
        expect(api.post("/api/user-notifications/mark_read/",
                Map.of("chat_room_id", " ", "notification_ids", List.of()), null), 400,
                "{\"chat_room_id\": [\"Este campo no puede estar en blanco.\"]}");
        expect(api.post("/api/user-notifications/mark_read/", Map.of("chat_room_id", UUID.randomUUID().toString(),
                "notification_ids", List.of(UUID.randomUUID().toString())), null), 404, notFound);
        expect(api.post("/api/user-notifications/mark_read/", "{", null), 400, "{\"detail\": \"JSON mal formado.\"}");

        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        expect(api.get("/api/user-notifications/get_notifications/?chat_room_id=" + chat.key() + "&limit=0", null), 400,
                "{\"limit\": [\"Asegúrese de que este valor es mayor o igual a 1.\"]}");
        expect(api.post("/api/user-notifications/mark_read/", Map.of("chat_room_id", chat.key()), null), 400,
                "{\"notification_ids\": [\"Este campo es requerido.\"]}");
    }

    private JsonNode guestList(String guestKey, String extra) {
        ApiClient.Response response = api.get("/api/user-notifications/get_notifications/?chat_room_id=" + guestKey
                + extra, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode agentList(TestAgent agent) {
        ApiClient.Response response = api.get("/api/notifications/", agent.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void expect(ApiClient.Response response, int status, String body) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).as(response.toString()).isEqualTo(JSON.readTree(body));
    }
}
