package com.chatcore.web.messages;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.messages.JsonExpect.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/messages/mark_chat_read/}: the agent side with a token, the guest without. */
class MarkChatReadIntegrationTest extends MessagesTestBase {

    @Test
    void agentReadsEveryCustomerMessage() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        chats.customerSays(chat, "uno");
        chats.customerSays(chat, "dos");
        chats.agentSays(chat, agent, "Le leo");

        ApiClient.Response response = api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", chat),
                agent.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertJson(response.json(), obj(
                "success", true,
                "message", "3 mensajes marcados como leídos",
                "updated_count", 3,
                "chat_room_id", chat,
                "user_type", "agent"));
        assertJson(api.get("/api/messages/unread_count/?chat_room_id=" + chat, agent.token()).json(),
                obj("unread_count", 0));
        assertJson(api.get("/api/messages/unread_count/?chat_room_id=" + chats.keyOf(chat), null).json(),
                obj("unread_count", 1));
        assertThat(api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", chat), agent.token())
                .json().get("updated_count").asInt()).isZero();
    }

    @Test
    void guestReadsEveryAgentMessage() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        chats.agentSays(chat, agent, "Buenos días");
        chats.agentSays(chat, agent, "¿En qué puedo ayudarle?");

        String key = chats.keyOf(chat);
        ApiClient.Response response = api.post("/api/messages/mark_chat_read", Map.of("chat_room_id", key), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertJson(response.json(), obj(
                "success", true,
                "message", "2 mensajes marcados como leídos",
                "updated_count", 2,
                "chat_room_id", key,
                "user_type", "user"));
        assertThat(chats.room(chat).unreadByUser()).isZero();
        assertThat(chats.room(chat).unreadByAgent()).as("the guest's Hola is the agent's to read").isEqualTo(1);
    }

    @Test
    void explicitUserTypeUserReadsAsTheGuestEvenWithAnAgentToken() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        chats.agentSays(chat, agent, "Hola");

        String key = chats.keyOf(chat);
        ApiClient.Response response = api.post("/api/messages/mark_chat_read/",
                Map.of("chat_room_id", key, "user_type", "user"), agent.token());

        assertJson(response.json(), obj(
                "success", true,
                "message", "1 mensajes marcados como leídos",
                "updated_count", 1,
                "chat_room_id", key,
                "user_type", "user"));
        assertThat(chats.room(chat).unreadByAgent()).isEqualTo(1);
    }

    @Test
    void explicitUserTypeAgentNeedsAnAgentToken() {
        String chat = chats.activeChat(agent());
        Map<String, Object> body = Map.of("chat_room_id", chat, "user_type", "agent");

        ApiClient.Response anonymous = api.post("/api/messages/mark_chat_read/", body, null);
        ApiClient.Response customer = api.post("/api/messages/mark_chat_read/", body,
                accounts.userToken(unique("customer")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertJson(anonymous.json(), detail(UNAUTHENTICATED));
        assertThat(customer.status()).isEqualTo(403);
        assertJson(customer.json(), detail(FORBIDDEN));
        assertThat(chats.room(chat).unreadByAgent()).isEqualTo(1);
    }

    @Test
    void onlyTheAgentHoldingTheChatOrASuperuserReadsAsTheAgent() {
        String active = chats.activeChat(agent());
        String waiting = chats.waitingChat();
        String other = agent().token();

        ApiClient.Response otherAgent = api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", active), other);
        ApiClient.Response waitingChat = api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", waiting),
                other);
        ApiClient.Response superuser = api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", active),
                accounts.superuserToken());

        assertThat(otherAgent.status()).isEqualTo(403);
        assertJson(otherAgent.json(), detail(FORBIDDEN));
        assertThat(waitingChat.status()).isEqualTo(403);
        assertJson(waitingChat.json(), detail(FORBIDDEN));
        assertJson(superuser.json(), obj(
                "success", true,
                "message", "1 mensajes marcados como leídos",
                "updated_count", 1,
                "chat_room_id", active,
                "user_type", "agent"));
    }

    @Test
    void unknownChatIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        ApiClient.Response guest = api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", unknown), null);
        ApiClient.Response agent = api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", unknown),
                agent().token());

        assertThat(guest.status()).isEqualTo(404);
        assertJson(guest.json(), detail("No encontrado."));
        assertThat(agent.status()).isEqualTo(404);
        assertJson(agent.json(), detail("No encontrado."));
    }

    @Test
    void chatRoomIdIsRequiredAndUserTypeIsAChoice() {
        ApiClient.Response missing = api.post("/api/messages/mark_chat_read/", Map.of(), null);
        ApiClient.Response blank = api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", " "), null);
        ApiClient.Response badType = api.post("/api/messages/mark_chat_read/",
                Map.of("chat_room_id", UUID.randomUUID().toString(), "user_type", "admin"), null);

        assertThat(missing.status()).isEqualTo(400);
        assertJson(missing.json(), fieldError("chat_room_id", "Este campo es requerido."));
        assertThat(blank.status()).isEqualTo(400);
        assertJson(blank.json(), fieldError("chat_room_id", "Este campo no puede estar en blanco."));
        assertThat(badType.status()).isEqualTo(400);
        assertJson(badType.json(), obj("user_type", List.of("\"admin\" no es una elección válida.")));
    }
}
