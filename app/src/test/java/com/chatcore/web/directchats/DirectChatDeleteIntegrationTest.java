package com.chatcore.web.directchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.directchats.DirectChatsApi.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.chatcore.web.directchats.DirectChatsApi.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code DELETE /api/chats/{id}}: the chat is gone for every read, and its participants may open a new one. */
class DirectChatDeleteIntegrationTest extends IntegrationTest {

    private DirectChatsApi chats;
    private Member ana;
    private Member bea;
    private JsonNode chat;

    @BeforeEach
    void chatOfAnaAndBea() {
        chats = new DirectChatsApi(api, accounts);
        ana = chats.member("ana");
        bea = chats.member("bea");
        chat = chats.chatOf(ana, bea);
    }

    @Test
    void deletingAnswersTheChatAsItWas() {
        ApiClient.Response deleted = chats.delete(id(), bea.token());

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("success").asBoolean()).isTrue();
        assertThat(deleted.json().get("message").asString()).isEqualTo("Chat eliminado exitosamente");
        JsonNode data = deleted.json().get("data");
        assertThat(data.get("_id").asString()).isEqualTo(id());
        assertThat(data.get("participants")).isEqualTo(chat.get("participants"));
        assertThat(data.get("__v").asLong()).isEqualTo(1);
    }

    @Test
    void aDeletedChatIsGoneForEveryRoute() {
        assertThat(chats.delete(id(), ana.token()).status()).isEqualTo(200);

        assertError(chats.get("/" + id(), ana.token()), 404, "Chat no encontrado");
        assertError(chats.delete(id(), ana.token()), 404, "Chat no encontrado");
        assertError(chats.patchLastMessage(id(), "{\"lastMessage\": 1}", ana.token()), 404, "Chat no encontrado");
        assertThat(chats.get("/user/" + ana.id(), ana.token()).json().get("data").get("pagination").get("total")
                .asLong()).isZero();
    }

    @Test
    void theParticipantsOfADeletedChatMayOpenANewOne() {
        assertThat(chats.delete(id(), ana.token()).status()).isEqualTo(200);

        ApiClient.Response again = chats.create(bea.token(), List.of(bea.idText(), ana.idText()));

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("data").get("_id").asString()).isNotEqualTo(id());
    }

    @Test
    void aUserCannotDeleteAChatTheyDoNotTakePartIn() {
        Member carlos = chats.member("carlos");

        assertError(chats.delete(id(), carlos.token()), 403, "No tienes permiso para acceder a este chat");
        assertThat(chats.get("/" + id(), ana.token()).status()).isEqualTo(200);
    }

    @Test
    void staffMayDeleteAnyChat() {
        assertThat(chats.delete(id(), accounts.superuserToken()).status()).isEqualTo(200);
    }

    @Test
    void deletingAnUnknownChatIsNotFound() {
        assertError(chats.delete(DirectChatsApi.UNKNOWN_CHAT, ana.token()), 404, "Chat no encontrado");
    }

    private String id() {
        return chat.get("_id").asString();
    }
}
