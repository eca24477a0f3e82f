package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.chatcore.web.messages.JsonExpect.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/messages/{id}/mark_read/}. */
class MarkReadIntegrationTest extends MessagesTestBase {

    @Test
    void agentHoldingTheChatMarksACustomerMessageRead() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String question = chats.customerSays(chat, "¿Tienen envío gratis?");

        ApiClient.Response response = api.post("/api/messages/" + question + "/mark_read/", "", agent.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        ChatMessageView read = chats.message(question);
        assertThat(read.read()).isTrue();
        assertJson(response.json(), obj(
                "success", true,
                "message", "Mensaje marcado como leído",
                "data", obj("id", question, "is_read", true, "read_at", read.readAt())));
        assertThat(chats.room(chat).unreadByAgent()).as("the initial Hola is still unread").isEqualTo(1);
        ApiClient.Response count = api.get("/api/messages/unread_count/?chat_room_id=" + chat, agent.token());
        assertJson(count.json(), obj("unread_count", 1));
    }

    @Test
    void markingAgainAnswersTheFirstReading() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String hola = chats.initialMessageId(chat);
        api.post("/api/messages/" + hola + "/mark_read", "", agent.token());
        ChatMessageView first = chats.message(hola);

        ApiClient.Response again = api.post("/api/messages/" + hola + "/mark_read", "", agent.token());

        assertThat(again.status()).isEqualTo(200);
        assertJson(again.json().get("data"), obj("id", hola, "is_read", true, "read_at", first.readAt()));
        assertThat(chats.room(chat).unreadByAgent()).isZero();
    }

    @Test
    void theAgentsOwnMessageIsAnsweredAsItIs() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String reply = chats.agentSays(chat, agent, "Sí, a partir de 30 €");

        ApiClient.Response response = api.post("/api/messages/" + reply + "/mark_read/", "", agent.token());

        assertThat(response.status()).isEqualTo(200);
        assertJson(response.json(), obj(
                "success", true,
                "message", "Mensaje marcado como leído",
                "data", obj("id", reply, "is_read", false, "read_at", null)));
        assertThat(chats.room(chat).unreadByUser()).as("still unread by the customer").isEqualTo(1);
    }

    @Test
    void superuserMarksInAnyChat() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String hola = chats.initialMessageId(chat);

        ApiClient.Response response = api.post("/api/messages/" + hola + "/mark_read/", "", accounts.superuserToken());

        assertThat(response.status()).isEqualTo(200);
        assertJson(response.json().get("data"), obj("id", hola, "is_read", true, "read_at", chats.message(hola).readAt()));
    }

    @Test
    void otherAgentsMayNotMark() {
        String active = chats.activeChat(agent());
        String waiting = chats.waitingChat();
        String other = agent().token();

        ApiClient.Response inActive = api.post("/api/messages/" + chats.initialMessageId(active) + "/mark_read/", "",
                other);
        ApiClient.Response inWaiting = api.post("/api/messages/" + chats.initialMessageId(waiting) + "/mark_read/", "",
                other);

        assertThat(inActive.status()).isEqualTo(403);
        assertJson(inActive.json(), detail(FORBIDDEN));
        assertThat(inWaiting.status()).isEqualTo(403);
        assertJson(inWaiting.json(), detail(FORBIDDEN));
        assertThat(chats.room(active).unreadByAgent()).isEqualTo(1);
        assertThat(chats.room(waiting).unreadByAgent()).isEqualTo(1);
    }

    @Test
    void unknownMessageIsNotFound() {
        String token = agent().token();

        ApiClient.Response unknown = api.post("/api/messages/" + UUID.randomUUID() + "/mark_read/", "", token);
        ApiClient.Response notAnId = api.post("/api/messages/not-an-id/mark_read/", "", token);

        assertThat(unknown.status()).isEqualTo(404);
        assertJson(unknown.json(), detail("No encontrado."));
        assertThat(notAnId.status()).isEqualTo(404);
        assertJson(notAnId.json(), detail("No encontrado."));
    }

    @Test
    void onlyTheAgentSideMarks() {
        String chat = chats.waitingChat();
        String path = "/api/messages/" + chats.initialMessageId(chat) + "/mark_read/";

        ApiClient.Response anonymous = api.post(path, "", null);
        ApiClient.Response customer = api.post(path, "", accounts.userToken(unique("customer")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertJson(anonymous.json(), detail(UNAUTHENTICATED));
        assertThat(customer.status()).isEqualTo(403);
        assertJson(customer.json(), detail(FORBIDDEN));
    }
}
