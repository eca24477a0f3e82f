package com.chatcore.web.messages;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.chatcore.web.messages.JsonExpect.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/messages/unread_count/}: each side counts what the other side wrote. */
class UnreadCountIntegrationTest extends MessagesTestBase {

    @Test
    void eachSideCountsTheOtherSidesUnreadMessages() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        chats.customerSays(chat, "uno");
        chats.agentSays(chat, agent, "Le leo");
        chats.agentSays(chat, agent, "Un momento");

        ApiClient.Response agentSide = api.get("/api/messages/unread_count/?chat_room_id=" + chat, agent.token());
        ApiClient.Response guestSide = api.get("/api/messages/unread_count?chat_room_id=" + chats.keyOf(chat),
                null);

        assertThat(agentSide.status()).isEqualTo(200);
        assertJson(agentSide.json(), obj("unread_count", 2));
        assertThat(guestSide.status()).isEqualTo(200);
        assertJson(guestSide.json(), obj("unread_count", 2));
    }

    @Test
    void withoutAChatAnAgentGetsTheSumOverTheirActiveChats() {
        ChatScenarios.Agent agent = agent();
        String one = chats.activeChat(agent);
        String two = chats.activeChat(agent);
        String resolved = chats.activeChat(agent);
        chats.customerSays(one, "uno");
        chats.customerSays(two, "dos");
        chats.customerSays(two, "tres");
        chats.customerSays(resolved, "cuatro");
        chats.resolve(resolved);

        ApiClient.Response response = api.get("/api/messages/unread_count/", agent.token());

        assertThat(response.status()).isEqualTo(200);
        assertJson(response.json(), obj("unread_count", 5));
    }

    @Test
    void anyAgentCountsAWaitingChatButNotAChatHeldByAnother() {
        String waiting = chats.waitingChat();
        String held = chats.activeChat(agent());
        String other = agent().token();

        ApiClient.Response inWaiting = api.get("/api/messages/unread_count/?chat_room_id=" + waiting, other);
        ApiClient.Response inHeld = api.get("/api/messages/unread_count/?chat_room_id=" + held, other);
        ApiClient.Response superuser = api.get("/api/messages/unread_count/?chat_room_id=" + held,
                accounts.superuserToken());

        assertJson(inWaiting.json(), obj("unread_count", 1));
        assertThat(inHeld.status()).isEqualTo(403);
        assertJson(inHeld.json(), detail(FORBIDDEN));
        assertJson(superuser.json(), obj("unread_count", 1));
    }

    @Test
    void aGuestNamesTheChat() {
        ApiClient.Response missing = api.get("/api/messages/unread_count/", null);
        ApiClient.Response unknownForGuest = api.get("/api/messages/unread_count/?chat_room_id=" + UUID.randomUUID(),
                null);
        ApiClient.Response unknownForAgent = api.get("/api/messages/unread_count/?chat_room_id=" + UUID.randomUUID(),
                agent().token());

        assertThat(missing.status()).isEqualTo(400);
        assertJson(missing.json(), fieldError("chat_room_id", "Este campo es requerido."));
        assertThat(unknownForGuest.status()).isEqualTo(404);
        assertJson(unknownForGuest.json(), detail("No encontrado."));
        assertThat(unknownForAgent.status()).isEqualTo(404);
        assertJson(unknownForAgent.json(), detail("No encontrado."));
    }
}
