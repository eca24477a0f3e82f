package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.messages.JsonExpect.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/messages/}. */
class SendAgentMessageIntegrationTest extends MessagesTestBase {

    @Test
    void assignedAgentSendsATrimmedTextMessage() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);

        ApiClient.Response response = api.post("/api/messages/",
                Map.of("chat_room_id", chat, "content", "  Buenos días, ¿en qué puedo ayudarle?  "), agent.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().get("id").asString();
        ChatMessageView stored = chats.message(id);
        assertJson(response.json(), obj(
                "id", id,
                "chat_room", chat,
                "sender_type", "agent",
                "content", "Buenos días, ¿en qué puedo ayudarle?",
                "message_type", "text",
                "is_read", false,
                "created_at", stored.createdAt(),
                "agent_sender", obj("id", agent.id(),
                        "user", obj("first_name", agent.firstName(), "last_name", agent.lastName()))));
        assertThat(stored.senderType()).isEqualTo(SenderType.AGENT);
        assertThat(stored.position()).isEqualTo(chats.messages(chat).get(0).position() + 2);
        assertThat(chats.room(chat).unreadByUser()).isEqualTo(1);
    }

    @Test
    void explicitTextTypeAndNullAttachmentAreAccepted() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        Map<String, Object> body = new HashMap<>();
        body.put("chat_room_id", chat);
        body.put("content", "Hola");
        body.put("message_type", "text");
        body.put("attachment", null);

        ApiClient.Response response = api.post("/api/messages", body, agent.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("message_type").asString()).isEqualTo("text");
    }

    @Test
    void contentMayHaveFiveHundredCharactersNotMore() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);

        ApiClient.Response atLimit = api.post("/api/messages/",
                Map.of("chat_room_id", chat, "content", "😀".repeat(500)), agent.token());
        ApiClient.Response tooLong = api.post("/api/messages/",
                Map.of("chat_room_id", chat, "content", "a".repeat(501)), agent.token());

        assertThat(atLimit.status()).as("characters, not UTF-16 units: " + atLimit).isEqualTo(201);
        assertThat(tooLong.status()).isEqualTo(400);
        assertJson(tooLong.json(), fieldError("content", "Asegúrese de que este campo no tenga más de 500 caracteres."));
    }

    @Test
    void missingFieldsAreReportedTogether() {
        ApiClient.Response response = api.post("/api/messages/", Map.of(), agent().token());

        assertThat(response.status()).isEqualTo(400);
        assertJson(response.json(), obj(
                "chat_room_id", List.of("Este campo es requerido."),
                "content", List.of("Este campo es requerido.")));
    }

    @Test
    void blankFieldsAreRefused() {
        ApiClient.Response response = api.post("/api/messages/", Map.of("chat_room_id", "", "content", "   "),
                agent().token());

        assertThat(response.status()).isEqualTo(400);
        assertJson(response.json(), obj(
                "chat_room_id", List.of("Este campo no puede estar en blanco."),
                "content", List.of("Este campo no puede estar en blanco.")));
    }

    @Test
    void onlyTextMessagesWithoutAttachments() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);

        ApiClient.Response response = api.post("/api/messages/", Map.of("chat_room_id", chat, "content", "Mire",
                "message_type", "image", "attachment", Map.of("url", "https://example.com/a.png")), agent.token());

        assertThat(response.status()).isEqualTo(400);
        assertJson(response.json(), obj(
                "message_type", List.of("\"image\" no es una elección válida."),
                "attachment", List.of("Los adjuntos no están soportados.")));
        assertThat(chats.messages(chat)).hasSize(1);
    }

    @Test
    void contentMustBeAString() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);

        ApiClient.Response response = api.post("/api/messages/",
                Map.of("chat_room_id", chat, "content", Map.of("text", "hola")), agent.token());

        assertThat(response.status()).isEqualTo(400);
        assertJson(response.json(), fieldError("content", "No es una cadena válida."));
    }

    @Test
    void unknownChatIsNotFound() {
        String token = agent().token();

        ApiClient.Response unknown = api.post("/api/messages/",
                Map.of("chat_room_id", UUID.randomUUID().toString(), "content", "Hola"), token);
        ApiClient.Response notAnId = api.post("/api/messages/", Map.of("chat_room_id", "abc", "content", "Hola"), token);

        assertThat(unknown.status()).isEqualTo(404);
        assertJson(unknown.json(), detail("No encontrado."));
        assertThat(notAnId.status()).isEqualTo(404);
        assertJson(notAnId.json(), detail("No encontrado."));
    }

    @Test
    void onlyTheAgentHoldingTheChatMaySend() {
        ChatScenarios.Agent holder = agent();
        String active = chats.activeChat(holder);
        String waiting = chats.waitingChat();
        String other = agent().token();

        ApiClient.Response otherAgent = api.post("/api/messages/", Map.of("chat_room_id", active, "content", "Hola"),
                other);
        ApiClient.Response waitingChat = api.post("/api/messages/",
                Map.of("chat_room_id", waiting, "content", "Hola"), other);

        assertThat(otherAgent.status()).isEqualTo(403);
        assertJson(otherAgent.json(), detail(FORBIDDEN));
        assertThat(waitingChat.status()).isEqualTo(403);
        assertJson(waitingChat.json(), detail(FORBIDDEN));
        assertThat(chats.messages(active)).hasSize(1);
        assertThat(chats.messages(waiting)).hasSize(1);
    }

    @Test
    void finishedChatTakesNoMoreMessages() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        chats.resolve(chat);

        ApiClient.Response response = api.post("/api/messages/", Map.of("chat_room_id", chat, "content", "¿Algo más?"),
                agent.token());

        assertThat(response.status()).isEqualTo(400);
        assertJson(response.json(), obj("error", "No se pueden enviar mensajes a un chat resuelto o cerrado"));
    }

    @Test
    void onlyAgentsSend() {
        String chat = chats.waitingChat();
        Map<String, Object> body = Map.of("chat_room_id", chat, "content", "Hola");

        ApiClient.Response anonymous = api.post("/api/messages/", body, null);
        ApiClient.Response superuser = api.post("/api/messages/", body, accounts.superuserToken());
        ApiClient.Response customer = api.post("/api/messages/", body, accounts.userToken(unique("customer")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertJson(anonymous.json(), detail(UNAUTHENTICATED));
        assertThat(superuser.status()).isEqualTo(403);
        assertJson(superuser.json(), detail(FORBIDDEN));
        assertThat(customer.status()).isEqualTo(403);
        assertJson(customer.json(), detail(FORBIDDEN));
    }
}
