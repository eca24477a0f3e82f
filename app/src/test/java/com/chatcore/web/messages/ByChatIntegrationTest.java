package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.messages.JsonExpect.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/messages/by_chat/}: marks the caller's unread messages read, then answers the chat
 * as it is after that.
 */
class ByChatIntegrationTest extends MessagesTestBase {

    @Test
    void agentHoldingTheChatReadsTheCustomersMessages() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        String question = chats.customerSays(chat, "¿Hacen envíos?");
        String reply = chats.agentSays(chat, agent, "Sí");

        ApiClient.Response response = api.get("/api/messages/by_chat/?chat_room_id=" + chat, agent.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<ChatMessageView> stored = chats.messages(chat);
        assertJson(response.json(), obj(
                "chat_room_id", chat,
                "messages", List.of(
                        message(stored.get(0), "user", "Hola", true),
                        message(stored.get(1), "user", "¿Hacen envíos?", true),
                        message(stored.get(2), "agent", "Sí", false)),
                "total_messages", 3,
                "auto_marked_read", 2,
                "chat_status", "active"));
        assertThat(stored.get(1).id()).isEqualTo(question);
        assertThat(stored.get(2).id()).isEqualTo(reply);
        assertThat(chats.room(chat).unreadByAgent()).isZero();
        assertThat(api.get("/api/messages/by_chat/?chat_room_id=" + chat, agent.token()).json()
                .get("auto_marked_read").asInt()).isZero();
    }

    @Test
    void guestReadsTheAgentsMessages() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        chats.agentSays(chat, agent, "Buenos días");
        chats.agentSays(chat, agent, "¿En qué puedo ayudarle?");

        String key = chats.keyOf(chat);
        ApiClient.Response response = api.get("/api/messages/by_chat?chat_room_id=" + key, null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<ChatMessageView> stored = chats.messages(chat);
        assertJson(response.json(), obj(
                "chat_room_id", key,
                "messages", List.of(
                        message(stored.get(0), "user", "Hola", false),
                        message(stored.get(1), "agent", "Buenos días", true),
                        message(stored.get(2), "agent", "¿En qué puedo ayudarle?", true)),
                "total_messages", 3,
                "auto_marked_read", 2,
                "chat_status", "active"));
        assertThat(chats.room(chat).unreadByUser()).isZero();
        assertThat(chats.room(chat).unreadByAgent()).isEqualTo(1);
    }

    @Test
    void otherAgentsLookAtWaitingChatsWithoutMarking() {
        String waiting = chats.waitingChat();

        ApiClient.Response response = api.get("/api/messages/by_chat/?chat_room_id=" + waiting, agent().token());

        assertThat(response.status()).isEqualTo(200);
        assertJson(response.json(), obj(
                "chat_room_id", waiting,
                "messages", List.of(message(chats.messages(waiting).get(0), "user", "Hola", false)),
                "total_messages", 1,
                "auto_marked_read", 0,
                "chat_status", "waiting"));
        assertThat(chats.room(waiting).unreadByAgent()).isEqualTo(1);
    }

    @Test
    void otherAgentsMayNotReadAChatHeldByAnother() {
        ChatScenarios.Agent holder = agent();
        String chat = chats.activeChat(holder);
        chats.resolve(chat);
        String active = chats.activeChat(holder);
        String other = agent().token();

        ApiClient.Response resolved = api.get("/api/messages/by_chat/?chat_room_id=" + chat, other);
        ApiClient.Response held = api.get("/api/messages/by_chat/?chat_room_id=" + active, other);

        assertThat(resolved.status()).isEqualTo(403);
        assertJson(resolved.json(), detail(FORBIDDEN));
        assertThat(held.status()).isEqualTo(403);
        assertJson(held.json(), detail(FORBIDDEN));
    }

    @Test
    void superusersReadAnyChatWithoutMarking() {
        ChatScenarios.Agent agent = agent();
        String chat = chats.activeChat(agent);
        chats.resolve(chat);

        ApiClient.Response response = api.get("/api/messages/by_chat/?chat_room_id=" + chat, accounts.superuserToken());

        assertJson(response.json(), obj(
                "chat_room_id", chat,
                "messages", List.of(message(chats.messages(chat).get(0), "user", "Hola", false)),
                "total_messages", 1,
                "auto_marked_read", 0,
                "chat_status", "resolved"));
    }

    @Test
    void chatRoomIdIsRequiredAndMustExist() {
        ApiClient.Response missing = api.get("/api/messages/by_chat/", null);
        ApiClient.Response unknown = api.get("/api/messages/by_chat/?chat_room_id=" + UUID.randomUUID(), null);
        ApiClient.Response unknownForAgent = api.get("/api/messages/by_chat/?chat_room_id=" + UUID.randomUUID(),
                agent().token());

        assertThat(missing.status()).isEqualTo(400);
        assertJson(missing.json(), fieldError("chat_room_id", "Este campo es requerido."));
        assertThat(unknown.status()).isEqualTo(404);
        assertJson(unknown.json(), detail("No encontrado."));
        assertThat(unknownForAgent.status()).isEqualTo(404);
        assertJson(unknownForAgent.json(), detail("No encontrado."));
    }

    private static Map<String, Object> message(ChatMessageView stored, String senderType, String content,
            boolean read) {
        return obj(
                "id", stored.id(),
                "sender_type", senderType,
                "content", content,
                "message_type", "text",
                "is_read", read,
                "created_at", stored.createdAt());
    }
}
