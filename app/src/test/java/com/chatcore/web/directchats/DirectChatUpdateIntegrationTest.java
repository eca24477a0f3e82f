package com.chatcore.web.directchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.directchats.DirectChatsApi.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static com.chatcore.web.directchats.DirectChatsApi.assertError;
import static com.chatcore.web.directchats.DirectChatsApi.participantIds;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code PUT /api/chats/{id}} and {@code PATCH /api/chats/{id}/last-message}: changes, errors, ownership. */
class DirectChatUpdateIntegrationTest extends IntegrationTest {

    private static final String NOT_A_PARTICIPANT = "No tienes permiso para acceder a este chat";

    private DirectChatsApi chats;
    private Member ana;
    private Member bea;
    private Member carlos;
    private String chatId;

    @BeforeEach
    void chatOfAnaAndBea() {
        chats = new DirectChatsApi(api, accounts);
        ana = chats.member("ana");
        bea = chats.member("bea");
        carlos = chats.member("carlos");
        chatId = chats.chatOf(ana, bea).get("_id").asString();
    }

    @Test
    void replacingTheParticipantsAnswersTheChangedChat() {
        ApiClient.Response updated = chats.put(chatId,
                Map.of("participants", List.of(ana.idText(), bea.id(), carlos.idText())), bea.token());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("message").asString()).isEqualTo("Chat actualizado exitosamente");
        JsonNode chat = updated.json().get("data");
        assertThat(participantIds(chat)).containsExactly(ana.id(), bea.id(), carlos.id());
        assertThat(chat.get("__v").asLong()).isEqualTo(1);
        assertThat(chat.get("updatedAt").asString()).isGreaterThan(chat.get("createdAt").asString());
        assertThat(chats.get("/" + chatId, carlos.token()).json().get("data")).isEqualTo(chat);
    }

    @Test
    void anUpdateMaySetBothFieldsAndTheLastMessageAsSent() {
        String body = "{\"participants\": [\"%d\", \"%d\"], \"lastMessage\": {\"text\": \"listo\", \"n\": 2.0}}"
                .formatted(ana.id(), carlos.id());

        ApiClient.Response updated = chats.put(chatId, body, ana.token());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body()).contains("\"lastMessage\":{\"text\":\"listo\",\"n\":2.0}");
        assertThat(participantIds(updated.json().get("data"))).containsExactly(ana.id(), carlos.id());
        assertThat(updated.json().get("data").get("__v").asLong()).isEqualTo(2);
    }

    @Test
    void participantsMustBeAnArrayOfAtLeastTwoUsers() {
        assertError(chats.put(chatId, "{\"participants\": \"%d\"}".formatted(carlos.id()), ana.token()), 400,
                "El campo 'participants' debe ser un array");
        assertError(chats.put(chatId, Map.of("participants", List.of(ana.idText())), ana.token()), 400,
                "Un chat debe tener al menos 2 participantes");
        assertError(chats.put(chatId, Map.of("participants", List.of(ana.idText(), "999999999999")), ana.token()),
                404, "Uno o más participantes no existen");
    }

    @Test
    void aChatCannotTakeTheParticipantsOfAnother() {
        chats.chatOf(ana, carlos);

        assertError(chats.put(chatId, Map.of("participants", List.of(carlos.idText(), ana.idText())), ana.token()),
                409, "Chat ya existe");
        assertThat(participantIds(chats.get("/" + chatId, ana.token()).json().get("data")))
                .containsExactly(ana.id(), bea.id());
    }

    @Test
    void aUserCannotChangeAChatTheyDoNotTakePartIn() {
        assertError(chats.put(chatId, Map.of("participants", List.of(carlos.idText(), ana.idText())),
                carlos.token()), 403, NOT_A_PARTICIPANT);
        assertError(chats.patchLastMessage(chatId, "{\"lastMessage\": \"hola\"}", carlos.token()), 403,
                NOT_A_PARTICIPANT);
        assertThat(chats.get("/" + chatId, ana.token()).json().get("data").get("__v").asLong()).isZero();
    }

    @Test
    void aUserCannotLeaveTheirChatToOthers() {
        assertError(chats.put(chatId, Map.of("participants", List.of(bea.idText(), carlos.idText())), ana.token()),
                403, NOT_A_PARTICIPANT);
    }

    @Test
    void staffMayChangeAnyChat() {
        ApiClient.Response updated = chats.put(chatId,
                Map.of("participants", List.of(bea.idText(), carlos.idText())), accounts.agentToken(unique("agent")));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(participantIds(updated.json().get("data"))).containsExactly(bea.id(), carlos.id());
    }

    @Test
    void changingAnUnknownChatIsNotFound() {
        assertError(chats.put(DirectChatsApi.UNKNOWN_CHAT, Map.of("lastMessage", "hola"), ana.token()), 404,
                "Chat no encontrado");
        assertError(chats.patchLastMessage(DirectChatsApi.UNKNOWN_CHAT, "{\"lastMessage\": 1}", ana.token()), 404,
                "Chat no encontrado");
        assertError(chats.patchLastMessage("not-a-chat", "{\"lastMessage\": 1}", ana.token()), 404,
                "Chat no encontrado");
    }

    @Test
    void theLastMessageIsAnsweredExactlyAsSent() {
        String lastMessage = "{\"text\":\"¡Mensaje enviado exitosamente!\",\"sender\":\"%d\","
                + "\"timestamp\":\"2025-12-10T11:45:00.000Z\"}";
        lastMessage = lastMessage.formatted(ana.id());

        ApiClient.Response patched = chats.patchLastMessage(chatId, "{\"lastMessage\": " + lastMessage + "}",
                ana.token());

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("message").asString()).isEqualTo("Último mensaje actualizado exitosamente");
        assertThat(patched.body()).contains("\"lastMessage\":" + lastMessage + ",");
        assertThat(patched.json().get("data").get("__v").asLong()).isEqualTo(1);
        assertThat(chats.get("/" + chatId, bea.token()).body()).contains("\"lastMessage\":" + lastMessage + ",");
    }

    @Test
    void theLastMessageMayBeClearedButNotLeftOut() {
        assertThat(chats.patchLastMessage(chatId, "{\"lastMessage\": \"hola\"}", ana.token()).status()).isEqualTo(200);

        ApiClient.Response cleared = chats.patchLastMessage(chatId, "{\"lastMessage\": null}", ana.token());

        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("data").get("lastMessage").isNull()).isTrue();
        assertError(chats.patchLastMessage(chatId, "{}", ana.token()), 400, "El campo 'lastMessage' es requerido");
        assertError(chats.patchLastMessage(chatId, "{\"text\": \"hola\"}", ana.token()), 400,
                "El campo 'lastMessage' es requerido");
    }
}
