package com.chatcore.web.notifications;

import com.chatcore.api.conversation.UnassignAgentCommand;
import com.chatcore.api.notification.NotificationType;
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
import static com.chatcore.web.notifications.NotificationAsserts.allMarked;
import static com.chatcore.web.notifications.NotificationAsserts.assertAgentItem;
import static com.chatcore.web.notifications.NotificationAsserts.assertList;
import static com.chatcore.web.notifications.NotificationAsserts.items;
import static com.chatcore.web.notifications.NotificationAsserts.marked;
import static org.assertj.core.api.Assertions.assertThat;

class AgentNotificationsIntegrationTest extends IntegrationTest {

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
    void newChatNotifiesEveryAvailableAgentAndNoUnavailableOne() {
        TestAgent available = TestAgent.available(accounts, unique("nt_avail"));
        TestAgent otherAvailable = TestAgent.available(accounts, unique("nt_avail"));
        TestAgent unavailable = TestAgent.quiet(accounts, api, unique("nt_away"));

        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.awaitAgent(available.id(), has(chat.id(), NotificationType.NEW_CHAT));

        for (TestAgent agent : List.of(available, otherAvailable)) {
            List<JsonNode> mine = about(list(agent, ""), chat.id());
            assertThat(mine).hasSize(1);
            assertAgentItem(mine.get(0), "new_chat", "Nuevo chat", "Ana Pérez inició un chat: Hola", chat.id(), false,
                    chat.startedAt());
        }
        assertThat(about(list(unavailable, ""), chat.id())).isEmpty();
        assertThat(list(unavailable, "").get("total_count").asInt()).isZero();
    }

    @Test
    void customerMessagesNotifyOnlyTheAgentHoldingTheChat() {
        TestAgent holder = TestAgent.quiet(accounts, api, unique("nt_holder"));
        TestAgent other = TestAgent.quiet(accounts, api, unique("nt_other"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.customerWrites(chat.id(), "¿Hay alguien?");
        chats.take(chat.id(), holder.id());
        chats.take(chats.startChat("Luis Gil", "Buenas").id(), other.id());
        Instant sentAt = chats.customerWrites(chat.id(), "Necesito   ayuda\ncon mi pedido");

        chats.awaitAgent(holder.id(), has(chat.id(), NotificationType.NEW_MESSAGE));

        List<JsonNode> mine = about(list(holder, ""), chat.id());
        assertThat(mine).hasSize(1);
        assertAgentItem(mine.get(0), "new_message", "Nuevo mensaje", "Ana Pérez: Necesito ayuda con mi pedido",
                chat.id(), false, sentAt);
        assertThat(about(list(other, ""), chat.id())).isEmpty();
    }

    @Test
    void longMessagesAreShortenedInTheNotification() {
        TestAgent holder = TestAgent.quiet(accounts, api, unique("nt_long"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.take(chat.id(), holder.id());
        String longText = "x".repeat(150);
        chats.customerWrites(chat.id(), longText);

        chats.awaitAgent(holder.id(), has(chat.id(), NotificationType.NEW_MESSAGE));

        assertThat(about(list(holder, ""), chat.id()).get(0).get("message").asString())
                .isEqualTo("Ana Pérez: " + "x".repeat(99) + "…");
    }

    @Test
    void unassignedChatsNotifyNobodyOfCustomerMessages() {
        TestAgent first = TestAgent.quiet(accounts, api, unique("nt_first"));
        TestAgent second = TestAgent.quiet(accounts, api, unique("nt_second"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.take(chat.id(), first.id());
        chats.send(new UnassignAgentCommand(chat.id(), null));
        chats.customerWrites(chat.id(), "¿Sigue ahí?");
        Instant assignedAt = chats.assign(chat.id(), second.id());

        chats.awaitAgent(second.id(), has(chat.id(), NotificationType.CHAT_ASSIGNED));

        assertThat(about(list(first, ""), chat.id())).isEmpty();
        List<JsonNode> seconds = about(list(second, ""), chat.id());
        assertThat(seconds).hasSize(1);
        assertAgentItem(seconds.get(0), "chat_assigned", "Chat asignado", "Se te asignó el chat de Ana Pérez",
                chat.id(), false, assignedAt);
    }

    @Test
    void transferNotifiesOnlyTheReceivingAgentAndResolutionTheAgentHoldingIt() {
        TestAgent from = TestAgent.quiet(accounts, api, unique("nt_from"));
        TestAgent to = TestAgent.quiet(accounts, api, unique("nt_to"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.take(chat.id(), from.id());
        Instant transferredAt = chats.transfer(chat.id(), from.id(), to.id());
        Instant resolvedAt = chats.resolve(chat.id());

        chats.awaitAgent(to.id(), has(chat.id(), NotificationType.CHAT_RESOLVED));

        List<JsonNode> received = about(list(to, ""), chat.id());
        assertThat(received).hasSize(2);
        assertAgentItem(received.get(0), "chat_resolved", "Chat resuelto", "El chat de Ana Pérez fue resuelto",
                chat.id(), false, resolvedAt);
        assertAgentItem(received.get(1), "chat_transferred", "Chat transferido",
                from.fullName() + " te transfirió el chat de Ana Pérez", chat.id(), false, transferredAt);
        assertThat(about(list(from, ""), chat.id())).isEmpty();
    }

    @Test
    void resolutionNotifiesTheAgentThatHeldTheChat() {
        TestAgent holder = TestAgent.quiet(accounts, api, unique("nt_res"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.take(chat.id(), holder.id());
        Instant resolvedAt = chats.resolve(chat.id());

        chats.awaitAgent(holder.id(), has(chat.id(), NotificationType.CHAT_RESOLVED));

        List<JsonNode> mine = about(list(holder, ""), chat.id());
        assertThat(mine).hasSize(1);
        assertAgentItem(mine.get(0), "chat_resolved", "Chat resuelto", "El chat de Ana Pérez fue resuelto", chat.id(),
                false, resolvedAt);
    }

    @Test
    void listIsNewestFirstWithCountsAndBoundedByLimit() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("nt_list"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        Instant assignedAt = chats.assign(chat.id(), agent.id());
        Instant firstAt = chats.customerWrites(chat.id(), "Primera");
        Instant secondAt = chats.customerWrites(chat.id(), "Segunda");
        chats.awaitAgent(agent.id(), count(chat.id(), NotificationType.NEW_MESSAGE, 2));

        for (String path : List.of("/api/notifications/", "/api/notifications", "/api/notifications/?limit=500")) {
            ApiClient.Response response = api.get(path, agent.token());
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertList(response.json(), 3, 3);
            List<JsonNode> items = items(response.json());
            assertThat(items).hasSize(3);
            assertAgentItem(items.get(0), "new_message", "Nuevo mensaje", "Ana Pérez: Segunda", chat.id(), false,
                    secondAt);
            assertAgentItem(items.get(1), "new_message", "Nuevo mensaje", "Ana Pérez: Primera", chat.id(), false,
                    firstAt);
            assertAgentItem(items.get(2), "chat_assigned", "Chat asignado", "Se te asignó el chat de Ana Pérez",
                    chat.id(), false, assignedAt);
        }

        JsonNode limited = list(agent, "?limit=2");
        assertList(limited, 3, 3);
        assertThat(NotificationAsserts.ids(items(limited)))
                .containsExactlyElementsOf(NotificationAsserts.ids(items(list(agent, "")).subList(0, 2)));

        ApiClient.Response count = api.get("/api/notifications/unread_count/", agent.token());
        assertThat(count.status()).isEqualTo(200);
        assertThat(count.json()).isEqualTo(json("{\"unread_count\": 3}"));
    }

    @Test
    void invalidLimitIsRejected() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("nt_limit"));
        expect(api.get("/api/notifications/?limit=0", agent.token()), 400,
                "{\"limit\": [\"Asegúrese de que este valor es mayor o igual a 1.\"]}");
        expect(api.get("/api/notifications/?limit=abc", agent.token()), 400,
                "{\"limit\": [\"Se requiere un número entero válido.\"]}");
    }

    @Test
    void markReadMarksOnlyTheCallersUnreadNotifications() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("nt_mark"));
        TestAgent other = TestAgent.quiet(accounts, api, unique("nt_mark_other"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.assign(chat.id(), agent.id());
        chats.customerWrites(chat.id(), "Hola otra vez");
        LiveChatDriver.Chat otherChat = chats.startChat("Luis Gil", "Buenas");
        chats.assign(otherChat.id(), other.id());
        chats.awaitAgent(agent.id(), has(chat.id(), NotificationType.NEW_MESSAGE));
        chats.awaitAgent(other.id(), has(otherChat.id(), NotificationType.CHAT_ASSIGNED));
        List<String> mine = NotificationAsserts.ids(items(list(agent, "")));
        String othersId = NotificationAsserts.ids(items(list(other, ""))).get(0);

        expect(api.post("/api/notifications/mark_read/", Map.of("notification_ids",
                List.of(mine.get(0), mine.get(0), othersId, UUID.randomUUID().toString(), "not-an-id")), agent.token()),
                200, marked(1));

        JsonNode after = list(agent, "");
        assertList(after, 1, 2);
        assertThat(items(after).get(0).get("is_read").asBoolean()).isTrue();
        assertThat(items(after).get(1).get("is_read").asBoolean()).isFalse();
        assertList(list(other, ""), 1, 1);

        expect(api.post("/api/notifications/mark_read", Map.of("notification_ids", List.of(mine.get(0))),
                agent.token()), 200,
                marked(0));
        expect(api.post("/api/notifications/mark_read/", Map.of("notification_ids", List.of()), agent.token()), 200,
                marked(0));
        expect(api.get("/api/notifications/unread_count/", agent.token()), 200, "{\"unread_count\": 1}");
    }

    @Test
    void markAllReadMarksEveryUnreadNotificationOfTheCallerOnly() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("nt_all"));
        TestAgent other = TestAgent.quiet(accounts, api, unique("nt_all_other"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.assign(chat.id(), agent.id());
        chats.customerWrites(chat.id(), "Uno");
        chats.customerWrites(chat.id(), "Dos");
        LiveChatDriver.Chat otherChat = chats.startChat("Luis Gil", "Buenas");
        chats.assign(otherChat.id(), other.id());
        chats.awaitAgent(agent.id(), count(chat.id(), NotificationType.NEW_MESSAGE, 2));
        chats.awaitAgent(other.id(), has(otherChat.id(), NotificationType.CHAT_ASSIGNED));
        String newest = NotificationAsserts.ids(items(list(agent, ""))).get(0);
        expect(api.post("/api/notifications/mark_read/", Map.of("notification_ids", List.of(newest)), agent.token()),
                200, marked(1));

        expect(api.post("/api/notifications/mark_all_read/", null, agent.token()), 200,
                allMarked(2));

        JsonNode after = list(agent, "");
        assertList(after, 0, 3);
        assertThat(items(after)).allSatisfy(item -> assertThat(item.get("is_read").asBoolean()).isTrue());
        expect(api.get("/api/notifications/unread_count", agent.token()), 200, "{\"unread_count\": 0}");
        assertList(list(other, ""), 1, 1);
        expect(api.post("/api/notifications/mark_all_read", null, agent.token()), 200,
                allMarked(0));
    }

    @Test
    void markReadNeedsTheListOfIds() {
        TestAgent agent = TestAgent.quiet(accounts, api, unique("nt_bad"));
        String required = "{\"notification_ids\": [\"Este campo es requerido.\"]}";
        expect(api.post("/api/notifications/mark_read/", Map.of(), agent.token()), 400, required);
        expect(api.send(api.request("/api/notifications/mark_read/", agent.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())), 400, required);
        expect(api.post("/api/notifications/mark_read/", Map.of("notification_ids", "abc"), agent.token()), 400,
                "{\"notification_ids\": [\"Valor inválido.\"]}");
        expect(api.post("/api/notifications/mark_read/", "{", agent.token()), 400,
                "{\"detail\": \"JSON mal formado.\"}");
    }

    @Test
    void superuserWithoutAgentProfileHasNoNotifications() {
        String root = accounts.superuserToken();
        expect(api.get("/api/notifications/", root), 200,
                "{\"notifications\": [], \"unread_count\": 0, \"total_count\": 0}");
        expect(api.get("/api/notifications/unread_count/", root), 200, "{\"unread_count\": 0}");
        expect(api.post("/api/notifications/mark_read/",
                Map.of("notification_ids", List.of(UUID.randomUUID().toString())), root), 200,
                marked(0));
        expect(api.post("/api/notifications/mark_all_read/", null, root), 200,
                allMarked(0));
    }

    @Test
    void agentRoutesNeedAnAgentOrSuperuserToken() {
        String user = accounts.userToken(unique("nt_user"));
        String unauthenticated = "{\"detail\": \"Las credenciales de autenticación no se proveyeron.\"}";
        String forbidden = "{\"detail\": \"Usted no tiene permiso para realizar esta acción.\"}";
        Map<String, List<String>> body = Map.of("notification_ids", List.of());
        for (String token : new String[] {null, user}) {
            int status = token == null ? 401 : 403;
            String error = token == null ? unauthenticated : forbidden;
            expect(api.get("/api/notifications/", token), status, error);
            expect(api.get("/api/notifications/unread_count/", token), status, error);
            expect(api.post("/api/notifications/mark_read/", body, token), status, error);
            expect(api.post("/api/notifications/mark_all_read/", Map.of(), token), status, error);
        }
    }

    private JsonNode list(TestAgent agent, String query) {
        ApiClient.Response response = api.get("/api/notifications/" + query, agent.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void expect(ApiClient.Response response, int status, String body) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).as(response.toString()).isEqualTo(json(body));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
