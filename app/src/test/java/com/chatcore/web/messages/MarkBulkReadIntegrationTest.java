package com.chatcore.web.messages;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.messages.JsonExpect.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/messages/mark_bulk_read/}: {@code total_requested} counts the items as given,
 * {@code valid_messages} the distinct messages among them in chats the caller may act on,
 * {@code updated_count} those that turned read.
 */
class MarkBulkReadIntegrationTest extends MessagesTestBase {

    @Test
    void countsRequestedValidAndUpdatedMessages() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String first = chats.customerSays(chat, "uno");
        String second = chats.customerSays(chat, "dos");
        String third = chats.customerSays(chat, "tres");
        String reply = chats.agentSays(chat, agent, "Le leo");

        ApiClient.Response response = api.post("/api/messages/mark_bulk_read/", Map.of("message_ids",
                List.of(first, second, UUID.randomUUID().toString(), reply)), agent.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertJson(response.json(), obj(
                "success", true,
                "message", "2 mensajes marcados como leídos",
                "updated_count", 2,
                "total_requested", 4,
                "valid_messages", 3));
        assertThat(chats.message(first).read()).isTrue();
        assertThat(chats.message(second).read()).isTrue();
        assertThat(chats.message(third).read()).isFalse();
        assertThat(chats.message(reply).read()).as("read by the customer only").isFalse();
        assertThat(chats.room(chat).unreadByAgent()).as("Hola and tres").isEqualTo(2);
    }

    @Test
    void duplicatesAndNonIdsCountAsRequestedOnly() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String question = chats.customerSays(chat, "¿Hola?");
        List<Object> ids = new ArrayList<>(Arrays.asList(question, question.toUpperCase(), "nope", 42, null));

        ApiClient.Response response = api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", ids),
                agent.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertJson(response.json(), obj(
                "success", true,
                "message", "1 mensajes marcados como leídos",
                "updated_count", 1,
                "total_requested", 5,
                "valid_messages", 1));
    }

    @Test
    void messagesAlreadyReadAreValidButNotUpdated() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String hola = chats.initialMessageId(chat);
        api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", List.of(hola)), agent.token());

        ApiClient.Response again = api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", List.of(hola)),
                agent.token());

        assertJson(again.json(), obj(
                "success", true,
                "message", "0 mensajes marcados como leídos",
                "updated_count", 0,
                "total_requested", 1,
                "valid_messages", 1));
    }

    @Test
    void messagesOfChatsHeldByOthersAreIgnored() {
        ChatScenarios.Agent holder = agent();
        String held = chats.activeChat(holder);
        String waiting = chats.waitingChat();
        ChatScenarios.Agent other = agent();
        String own = chats.activeChat(other);

        ApiClient.Response response = api.post("/api/messages/mark_bulk_read/", Map.of("message_ids",
                List.of(chats.initialMessageId(held), chats.initialMessageId(waiting), chats.initialMessageId(own))),
                other.token());

        assertJson(response.json(), obj(
                "success", true,
                "message", "1 mensajes marcados como leídos",
                "updated_count", 1,
                "total_requested", 3,
                "valid_messages", 1));
        assertThat(chats.room(held).unreadByAgent()).isEqualTo(1);
        assertThat(chats.room(waiting).unreadByAgent()).isEqualTo(1);
        assertThat(chats.room(own).unreadByAgent()).isZero();
    }

    @Test
    void superuserMarksAcrossChats() {
        String one = chats.activeChat(agent());
        String two = chats.activeChat(agent());
        String waiting = chats.waitingChat();
        String extra = chats.customerSays(two, "otra pregunta");

        ApiClient.Response response = api.post("/api/messages/mark_bulk_read/", Map.of("message_ids",
                List.of(chats.initialMessageId(one), chats.initialMessageId(two), extra,
                        chats.initialMessageId(waiting))), accounts.superuserToken());

        assertJson(response.json(), obj(
                "success", true,
                "message", "4 mensajes marcados como leídos",
                "updated_count", 4,
                "total_requested", 4,
                "valid_messages", 4));
        assertThat(chats.room(one).unreadByAgent()).isZero();
        assertThat(chats.room(two).unreadByAgent()).isZero();
        assertThat(chats.room(waiting).unreadByAgent()).isZero();
    }

    @Test
    void anEmptyListMarksNothing() {
        ApiClient.Response response = api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", List.of()),
                agent().token());

        assertThat(response.status()).isEqualTo(200);
        assertJson(response.json(), obj(
                "success", true,
                "message", "0 mensajes marcados como leídos",
                "updated_count", 0,
                "total_requested", 0,
                "valid_messages", 0));
    }

    @Test
    void messageIdsMustBeAList() {
        String token = agent().token();
        Map<String, Object> nullIds = new HashMap<>();
        nullIds.put("message_ids", null);

        assertRefused(api.post("/api/messages/mark_bulk_read/", Map.of(), token), "Este campo es requerido.");
        assertRefused(api.post("/api/messages/mark_bulk_read/", nullIds, token), "Este campo no puede ser nulo.");
        assertRefused(api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", "abc"), token),
                "Se esperaba una lista de elementos en vez del tipo \"str\".");
        assertRefused(api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", 7), token),
                "Se esperaba una lista de elementos en vez del tipo \"int\".");
        assertRefused(api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", Map.of("a", 1)), token),
                "Se esperaba una lista de elementos en vez del tipo \"dict\".");
    }

    @Test
    void atMostFiveHundredIds() {
        String token = agent().token();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(UUID.randomUUID().toString());
        }

        ApiClient.Response atLimit = api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", ids), token);
        ids.add(UUID.randomUUID().toString());
        ApiClient.Response overLimit = api.post("/api/messages/mark_bulk_read/", Map.of("message_ids", ids), token);

        assertThat(atLimit.status()).isEqualTo(200);
        assertJson(atLimit.json(), obj(
                "success", true,
                "message", "0 mensajes marcados como leídos",
                "updated_count", 0,
                "total_requested", 500,
                "valid_messages", 0));
        assertRefused(overLimit, "Asegúrese de que este campo no tenga más de 500 elementos.");
    }

    @Test
    void onlyTheAgentSideMarks() {
        Map<String, Object> body = Map.of("message_ids", List.of(UUID.randomUUID().toString()));

        ApiClient.Response anonymous = api.post("/api/messages/mark_bulk_read/", body, null);
        ApiClient.Response customer = api.post("/api/messages/mark_bulk_read/", body,
                accounts.userToken(unique("customer")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertJson(anonymous.json(), detail(UNAUTHENTICATED));
        assertThat(customer.status()).isEqualTo(403);
        assertJson(customer.json(), detail(FORBIDDEN));
    }

    private static void assertRefused(ApiClient.Response response, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertJson(response.json(), fieldError("message_ids", message));
    }
}
