package com.chatcore.web.directchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.directchats.DirectChatsApi.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.chatcore.web.directchats.DirectChatsApi.assertError;
import static com.chatcore.web.directchats.DirectChatsApi.json;
import static com.chatcore.web.directchats.DirectChatsApi.participantIds;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/chats}: seed 002's "Crear un Nuevo Chat", its errors and who may open which chat. */
class DirectChatCreateIntegrationTest extends IntegrationTest {

    private DirectChatsApi chats;
    private Member ana;
    private Member bea;

    @BeforeEach
    void members() {
        chats = new DirectChatsApi(api, accounts);
        ana = chats.member("ana");
        bea = chats.member("bea");
    }

    @Test
    void aNewChatAnswers201WithItsParticipantsPopulated() {
        ApiClient.Response created = chats.create(ana.token(), List.of(ana.idText(), bea.idText()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.propertyNames()).containsExactly("success", "message", "data");
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("message").asString()).isEqualTo("Chat creado exitosamente");
        JsonNode chat = body.get("data");
        assertThat(chat.propertyNames()).containsExactly("_id", "id", "participants", "lastMessage", "createdAt",
                "updatedAt", "__v");
        assertThat(chat.get("_id").asString()).matches("[0-9a-f-]{36}").isEqualTo(chat.get("id").asString());
        assertThat(chat.get("lastMessage").isNull()).isTrue();
        assertThat(chat.get("createdAt").asString()).matches(DirectChatsApi.JS_TIME)
                .isEqualTo(chat.get("updatedAt").asString());
        assertThat(chat.get("__v").asLong()).isZero();
        assertThat(chat.get("participants")).isEqualTo(json("""
                [{"_id": "%d", "id": %d, "username": "%s", "email": "%s@example.com", "fullName": "%s",
                  "firstName": "", "lastName": "", "profileImage": null, "role": "USER", "isActive": true},
                 {"_id": "%d", "id": %d, "username": "%s", "email": "%s@example.com", "fullName": "%s",
                  "firstName": "", "lastName": "", "profileImage": null, "role": "USER", "isActive": true}]"""
                .formatted(ana.id(), ana.id(), ana.username(), ana.username(), ana.username(),
                        bea.id(), bea.id(), bea.username(), bea.username(), bea.username())));
        assertThat(created.body()).doesNotContain("password");
    }

    @Test
    void theSameParticipantsAnswer200WithTheirExistingChat() {
        JsonNode first = chats.chatOf(ana, bea);

        ApiClient.Response again = chats.create(bea.token(), List.of(bea.id(), ana.idText()));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("message").asString()).isEqualTo("Chat ya existe");
        assertThat(again.json().get("data")).isEqualTo(first);
    }

    @Test
    void duplicateParticipantsCountOnce() {
        Member carlos = chats.member("carlos");
        ApiClient.Response created = chats.create(ana.token(),
                List.of(ana.idText(), bea.idText(), ana.id(), carlos.idText(), bea.idText()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(participantIds(created.json().get("data"))).containsExactly(ana.id(), bea.id(), carlos.id());
    }

    @Test
    void theFirstLastMessageIsAnsweredExactlyAsSent() {
        String lastMessage = "{\"text\":\"Hola, ¿podemos coordinar?\",\"sender\":\"%s\",\"timestamp\":"
                + "\"2025-12-10T11:00:00.000Z\",\"price\":1.50,\"big\":123456789012345678901234567890,"
                + "\"tags\":[true,null,{\"z\":1,\"a\":2}]}";
        String body = "{\"participants\": [\"%s\", \"%s\"], \"lastMessage\": %s}"
                .formatted(ana.id(), bea.id(), lastMessage.formatted(ana.id()));

        ApiClient.Response created = chats.create(ana.token(), body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).contains("\"lastMessage\":" + lastMessage.formatted(ana.id()));
    }

    @Test
    void anyJsonValueIsALastMessage() {
        for (String value : List.of("\"solo texto\"", "0", "false", "[1,2]")) {
            Member other = chats.member("other");
            ApiClient.Response created = chats.create(ana.token(),
                    "{\"participants\": [%d, %d], \"lastMessage\": %s}".formatted(ana.id(), other.id(), value));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.body()).contains("\"lastMessage\":" + value + ",");
        }
    }

    @Test
    void participantsMustBeAnArray() {
        String required = "El campo 'participants' es requerido y debe ser un array";
        assertError(chats.create(ana.token(), Map.of()), 400, required);
        assertError(chats.create(ana.token(), "{\"participants\": \"%d,%d\"}".formatted(ana.id(), bea.id())), 400,
                required);
        assertError(chats.create(ana.token(), "{\"participants\": null}"), 400, required);
        assertError(chats.create(ana.token(), "{\"participants\": {\"0\": \"%d\"}}".formatted(ana.id())), 400,
                required);
        assertError(api.send(api.request(DirectChatsApi.BASE, ana.token()).POST(
                HttpRequest.BodyPublishers.noBody())), 400, required);
    }

    @Test
    void aChatNeedsTwoDistinctParticipants() {
        String tooFew = "Un chat debe tener al menos 2 participantes";
        assertError(chats.create(ana.token(), List.of()), 400, tooFew);
        assertError(chats.create(ana.token(), List.of(ana.idText())), 400, tooFew);
        assertError(chats.create(ana.token(), List.of(ana.idText(), ana.id())), 400, tooFew);
    }

    @Test
    void everyParticipantMustBeAUser() {
        String unknown = "Uno o más participantes no existen";
        assertError(chats.create(ana.token(), List.of(ana.idText(), "999999999999")), 404, unknown);
        assertError(chats.create(ana.token(), List.of(ana.idText(), "65b7d6e4f3a2b1c0d9e8f7a5")), 404, unknown);
        Map<String, Object> odd = new HashMap<>();
        odd.put("participants", Arrays.asList(ana.idText(), null, true));
        assertError(chats.create(ana.token(), odd), 404, unknown);
    }

    @Test
    void aUserCannotOpenAChatBetweenOtherUsers() {
        Member carlos = chats.member("carlos");

        assertError(chats.create(ana.token(), List.of(bea.idText(), carlos.idText())), 403,
                "No tienes permiso para acceder a este chat");
        assertThat(chats.get("/user/" + bea.id(), bea.token()).json().get("data").get("pagination").get("total")
                .asLong()).isZero();
    }

    @Test
    void staffMayOpenAChatBetweenOtherUsers() {
        ApiClient.Response created = chats.create(accounts.agentToken(unique("agent")),
                List.of(ana.idText(), bea.idText()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(participantIds(created.json().get("data"))).containsExactly(ana.id(), bea.id());
    }

    @Test
    void textPostgreSqlCannotStoreIsRefused() {
        String body = "{\"participants\": [\"%d\", \"%d\"], \"lastMessage\": {\"text\": \"a\\u0000b\"}}"
                .formatted(ana.id(), bea.id());
        assertError(chats.create(ana.token(), body), 400, "Los caracteres nulos no están permitidos.");
        assertThat(chats.create(ana.token(), List.of(ana.idText(), bea.idText())).status()).isEqualTo(201);
    }
}
