package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.chatcore.web.messages.JsonExpect.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/messages/recent_chats/}: newest first, across the caller's chats. */
class RecentChatsIntegrationTest extends MessagesTestBase {

    @Test
    void newestMessagesOfTheAgentsChatsFirst() {
        ChatScenarios.Agent agent = agent();
        ChatScenarios.Agent other = agent();
        String first = chats.activeChat(agent);
        String second = chats.activeChat(agent);
        String question = chats.customerSays(first, "¿Precio?");
        String shipping = chats.agentSays(second, agent, "Enviado hoy");
        String price = chats.agentSays(first, agent, "10 €");
        String elsewhere = chats.activeChat(other);
        chats.agentSays(elsewhere, other, "No es de este agente");

        ApiClient.Response top3 = api.get("/api/messages/recent_chats/?limit=3", agent.token());
        ApiClient.Response byDefault = api.get("/api/messages/recent_chats", agent.token());

        assertThat(top3.status()).as(top3.toString()).isEqualTo(200);
        Map<String, Object> agentSender = obj("id", agent.id(),
                "user", obj("first_name", agent.firstName(), "last_name", agent.lastName()));
        assertJson(top3.json(), obj(
                "recent_messages", List.of(
                        obj("id", price, "chat_room", first, "sender_type", "agent", "content", "10 €",
                                "message_type", "text", "is_read", false,
                                "created_at", chats.message(price).createdAt(), "agent_sender", agentSender),
                        obj("id", shipping, "chat_room", second, "sender_type", "agent", "content", "Enviado hoy",
                                "message_type", "text", "is_read", false,
                                "created_at", chats.message(shipping).createdAt(), "agent_sender", agentSender),
                        obj("id", question, "chat_room", first, "sender_type", "user", "content", "¿Precio?",
                                "message_type", "text", "is_read", false,
                                "created_at", chats.message(question).createdAt())),
                "total_returned", 3));
        assertThat(ids(byDefault)).containsExactly(price, shipping, question, chats.initialMessageId(second),
                chats.initialMessageId(first));
        assertThat(byDefault.json().get("total_returned").asInt()).isEqualTo(5);
    }

    @Test
    void superuserSeesTheNewestMessagesOfAllChats() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String latest = chats.agentSays(chat, agent, "El último");

        ApiClient.Response response = api.get("/api/messages/recent_chats/?limit=1", accounts.superuserToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(latest);
        assertThat(response.json().get("total_returned").asInt()).isEqualTo(1);
    }

    @Test
    void limitIsCappedAtOneHundred() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        chats.customerSaysMany(chat, 101);

        ApiClient.Response response = api.get("/api/messages/recent_chats/?limit=1000", agent.token());

        assertThat(response.status()).isEqualTo(200);
        List<String> newestFirst = new ArrayList<>(chats.messages(chat).stream().map(ChatMessageView::id).toList());
        Collections.reverse(newestFirst);
        assertThat(ids(response)).containsExactlyElementsOf(newestFirst.subList(0, 100));
        assertThat(response.json().get("total_returned").asInt()).isEqualTo(100);
    }

    @Test
    void limitMustBeAPositiveInteger() {
        String token = agent().token();

        ApiClient.Response notANumber = api.get("/api/messages/recent_chats/?limit=abc", token);
        ApiClient.Response zero = api.get("/api/messages/recent_chats/?limit=0", token);

        assertThat(notANumber.status()).isEqualTo(400);
        assertJson(notANumber.json(), fieldError("limit", "Se requiere un número entero válido."));
        assertThat(zero.status()).isEqualTo(400);
        assertJson(zero.json(), fieldError("limit", "Asegúrese de que este valor es mayor o igual a 1."));
    }

    @Test
    void onlyTheAgentSide() {
        ApiClient.Response anonymous = api.get("/api/messages/recent_chats/", null);
        ApiClient.Response customer = api.get("/api/messages/recent_chats/", accounts.userToken(unique("customer")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertJson(anonymous.json(), detail(UNAUTHENTICATED));
        assertThat(customer.status()).isEqualTo(403);
        assertJson(customer.json(), detail(FORBIDDEN));
    }

    private static List<String> ids(ApiClient.Response response) {
        return response.json().get("recent_messages").valueStream().map(m -> m.get("id").asString()).toList();
    }
}
