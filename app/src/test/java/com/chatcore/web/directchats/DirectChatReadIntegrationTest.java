package com.chatcore.web.directchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.directchats.DirectChatsApi.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.chatcore.web.directchats.DirectChatsApi.assertError;
import static com.chatcore.web.directchats.DirectChatsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's reads: one chat, every chat, one user's chats; pagination, order, and what a USER may see of
 * other users' chats (nothing) against AGENT and SUPERUSER (everything).
 */
class DirectChatReadIntegrationTest extends IntegrationTest {

    private static final String NOT_A_PARTICIPANT = "No tienes permiso para acceder a este chat";
    private static final String OTHER_USERS_CHATS = "No tienes permiso para ver los chats de otro usuario";

    private DirectChatsApi chats;
    private Member ana;
    private Member bea;
    private Member carlos;

    @BeforeEach
    void members() {
        chats = new DirectChatsApi(api, accounts);
        ana = chats.member("ana");
        bea = chats.member("bea");
        carlos = chats.member("carlos");
    }

    @Test
    void aChatIsAnsweredWithItsVersion() {
        JsonNode chat = chats.chatOf(ana, bea);
        String id = chat.get("_id").asString();

        ApiClient.Response one = chats.get("/" + id, bea.token());

        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().propertyNames()).containsExactly("success", "data");
        assertThat(one.json().get("success").asBoolean()).isTrue();
        assertThat(one.json().get("data")).isEqualTo(chat);
        assertThat(one.json().get("data").get("__v").asLong()).isZero();
    }

    @Test
    void anUnknownChatIsNotFound() {
        assertError(chats.get("/" + DirectChatsApi.UNKNOWN_CHAT, ana.token()), 404, "Chat no encontrado");
        assertError(chats.get("/65b7d6e4f3a2b1c0d9e8f7g6", ana.token()), 404, "Chat no encontrado");
    }

    @Test
    void aUserCannotSeeAChatTheyDoNotTakePartIn() {
        String id = chats.chatOf(ana, bea).get("_id").asString();

        assertError(chats.get("/" + id, carlos.token()), 403, NOT_A_PARTICIPANT);
        assertThat(chats.get("/" + id, accounts.agentToken(unique("agent"))).status()).isEqualTo(200);
        assertThat(chats.get("/" + id, accounts.superuserToken()).status()).isEqualTo(200);
    }

    @Test
    void aUsersChatsComeLatestActivityFirstWithSeed002Pagination() {
        String first = chats.chatOf(ana, bea).get("_id").asString();
        String second = chats.chatOf(ana, carlos).get("_id").asString();
        String third = chats.chatOf(ana, bea, carlos).get("_id").asString();
        assertThat(chats.patchLastMessage(first, "{\"lastMessage\": {\"text\": \"arriba\"}}", bea.token()).status())
                .isEqualTo(200);

        ApiClient.Response page = chats.get("/user/" + ana.id() + "?page=1&limit=2", ana.token());

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(ids(page)).containsExactly(first, third);
        assertThat(page.json().get("data").get("pagination"))
                .isEqualTo(json("{\"page\": 1, \"limit\": 2, \"total\": 3, \"pages\": 2}"));
        ApiClient.Response next = chats.get("/user/" + ana.id() + "?page=2&limit=2", ana.token());
        assertThat(ids(next)).containsExactly(second);
        assertThat(next.json().get("data").get("pagination"))
                .isEqualTo(json("{\"page\": 2, \"limit\": 2, \"total\": 3, \"pages\": 2}"));
    }

    @Test
    void pagesDefaultToTheFirstTenAndLimitsAreCapped() {
        chats.chatOf(ana, bea);

        assertThat(chats.get("/user/" + ana.id(), ana.token()).json().get("data").get("pagination"))
                .isEqualTo(json("{\"page\": 1, \"limit\": 10, \"total\": 1, \"pages\": 1}"));
        assertThat(chats.get("/user/" + ana.id() + "?limit=100000&page=x", ana.token()).json().get("data")
                .get("pagination")).isEqualTo(json("{\"page\": 1, \"limit\": 100, \"total\": 1, \"pages\": 1}"));
        assertThat(chats.get("/user/" + carlos.id(), carlos.token()).json().get("data"))
                .isEqualTo(json("{\"chats\": [], \"pagination\": {\"page\": 1, \"limit\": 10, \"total\": 0, \"pages\": 0}}"));
    }

    @Test
    void theListShowsAUserOnlyTheirOwnChats() {
        String anaAndBea = chats.chatOf(ana, bea).get("_id").asString();
        chats.chatOf(bea, carlos);

        ApiClient.Response mine = chats.get("?limit=100", ana.token());

        assertThat(ids(mine)).containsExactly(anaAndBea);
        assertThat(ids(chats.get("?userId=" + ana.id(), ana.token()))).containsExactly(anaAndBea);
        assertError(chats.get("?userId=" + bea.id(), ana.token()), 403, OTHER_USERS_CHATS);
    }

    @Test
    void staffSeeEveryChatAndFilterByParticipant() {
        String anaAndBea = chats.chatOf(ana, bea).get("_id").asString();
        String beaAndCarlos = chats.chatOf(bea, carlos).get("_id").asString();
        String agent = accounts.agentToken(unique("agent"));

        assertThat(ids(chats.get("?userId=" + bea.id(), agent))).containsExactly(beaAndCarlos, anaAndBea);
        assertThat(ids(chats.get("?limit=100", accounts.superuserToken()))).contains(anaAndBea, beaAndCarlos);
        assertThat(ids(chats.get("/user/" + carlos.id(), agent))).containsExactly(beaAndCarlos);
        ApiClient.Response nobody = chats.get("?userId=65b7d6e4f3a2b1c0d9e8f7b8", agent);
        assertThat(nobody.json().get("data").get("pagination").get("total").asLong()).isZero();
    }

    @Test
    void aUserCannotListAnotherUsersChats() {
        chats.chatOf(bea, carlos);

        assertError(chats.get("/user/" + bea.id(), ana.token()), 403, OTHER_USERS_CHATS);
    }

    @Test
    void theChatsOfAnUnknownUserAreNotFound() {
        String agent = accounts.agentToken(unique("agent"));

        assertError(chats.get("/user/999999999999", agent), 404, "Usuario no encontrado");
        assertError(chats.get("/user/65b7d6e4f3a2b1c0d9e8f7b8", agent), 404, "Usuario no encontrado");
    }

    @Test
    void readsNeedAToken() {
        ApiClient.Response anonymous = chats.get("", null);

        assertThat(anonymous.status()).isEqualTo(401);
    }

    private static List<String> ids(ApiClient.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("data").get("chats").valueStream().map(chat -> chat.get("_id").asString()).toList();
    }
}
