package com.chatcore.web.auditors;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestKeys;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: a SUPERUSER creates, lists and deactivates auditors; an auditor writes nothing. */
class AuditorsIntegrationTest extends IntegrationTest {

    @Test
    void superuserCreatesAnAuditorWhoLogsInAsAuditor() {
        String name = unique("auditor");

        ApiClient.Response created = api.post("/api/auditors/", Map.of("username", name, "password",
                Accounts.PASSWORD, "email", name + "@example.com", "first_name", "Ana", "last_name", "Ruiz"),
                accounts.superuserToken());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode auditor = created.json();
        assertThat(auditor.get("username").asString()).isEqualTo(name);
        assertThat(auditor.get("email").asString()).isEqualTo(name + "@example.com");
        assertThat(auditor.get("first_name").asString()).isEqualTo("Ana");
        assertThat(auditor.get("last_name").asString()).isEqualTo("Ruiz");
        assertThat(auditor.get("role").asString()).isEqualTo("AUDITOR");
        assertThat(auditor.get("is_active").asBoolean()).isTrue();
        ApiClient.Response login = api.post("/api/auth/login/", Map.of("username", name, "password",
                Accounts.PASSWORD), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("user").get("id").asLong()).isEqualTo(auditor.get("id").asLong());
        assertThat(login.json().get("user").get("is_superuser").asBoolean()).isFalse();
    }

    @Test
    void onlyASuperuserCreatesOrListsAuditors() {
        Map<String, Object> body = Map.of("username", unique("auditor"), "password", Accounts.PASSWORD,
                "email", unique("auditor") + "@example.com");
        for (String token : List.of(accounts.userToken(unique("user")), accounts.agentToken(unique("agent")),
                accounts.auditorToken(unique("auditor")))) {
            assertThat(api.post("/api/auditors/", body, token).status()).isEqualTo(403);
            assertThat(api.get("/api/auditors/", token).status()).isEqualTo(403);
        }
        assertThat(api.post("/api/auditors/", body, null).status()).isEqualTo(401);
    }

    @Test
    void badBodyIsAFieldErrorAndCreatesNothing() {
        String name = unique("auditor");
        ApiClient.Response refused = api.post("/api/auditors/", Map.of("username", name, "password", "short",
                "email", name + "@example.com"), accounts.superuserToken());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().has("password")).as(refused.toString()).isTrue();
        assertThat(usernamesListed()).doesNotContain(name);
    }

    @Test
    void deactivatedAuditorLeavesTheListAndItsTokenDies() {
        String name = unique("auditor");
        long id = accounts.createAuditor(name).get("id").asLong();
        String token = accounts.login(name, Accounts.PASSWORD);
        assertThat(usernamesListed()).contains(name);
        assertThat(api.get("/api/audit/users/" + id + "/events", token).status()).isNotIn(401, 403);

        ApiClient.Response removed = api.send(api.request("/api/auditors/" + id + "/", accounts.superuserToken())
                .DELETE());

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(usernamesListed()).doesNotContain(name);
        assertThat(api.get("/api/audit/users/" + id + "/events", token).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login/", Map.of("username", name, "password", Accounts.PASSWORD), null)
                .status()).isNotEqualTo(200);
    }

    @Test
    void deactivatingAnAccountThatIsNoAuditorIsNotFound() {
        String name = unique("user");
        long userId = accounts.register(name).get("id").asLong();

        ApiClient.Response refused = api.send(api.request("/api/auditors/" + userId + "/",
                accounts.superuserToken()).DELETE());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(accounts.login(name, Accounts.PASSWORD)).isNotBlank();
    }

    @Test
    void anAuditorIsRefusedEveryWriteButLogout() {
        String token = accounts.auditorToken(unique("auditor"));
        String guest = unique("Guest");
        GuestKeys.open(api, guest);
        String roomId = waitingRoomOf(guest);

        assertThat(api.post("/api/chat-rooms/" + roomId + "/take_chat/", Map.of(), token).status()).isEqualTo(403);
        assertThat(api.post("/api/chat-rooms/" + roomId + "/resolve/", Map.of(), token).status()).isEqualTo(403);
        assertThat(api.post("/api/chats", Map.of("participants", List.of("1", "2")), token).status()).isEqualTo(403);
        assertThat(api.post("/api/crm/chats", Map.of(), token).status()).isEqualTo(403);
        assertThat(api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), token).status())
                .isEqualTo(403);
        assertThat(api.send(api.request("/api/agents/1/", token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))).status()).isEqualTo(403);
        // The room is still waiting: nothing the auditor sent changed it.
        assertThat(waitingRoomOf(guest)).isEqualTo(roomId);
        assertThat(api.post("/api/auth/logout/", Map.of(), token).status()).isEqualTo(200);
    }

    /** The id agents know the room by, found as a SUPERUSER sees it, by the guest's unique name. */
    private String waitingRoomOf(String fullName) {
        ApiClient.Response page = api.get("/api/chat-rooms/all_chats/?status=waiting&page_size=100",
                accounts.superuserToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("chats").valueStream()
                .filter(chat -> fullName.equals(chat.get("chat_user").get("full_name").asString()))
                .map(chat -> chat.get("id").asString()).findFirst().orElseThrow();
    }

    private List<String> usernamesListed() {
        ApiClient.Response list = api.get("/api/auditors/", accounts.superuserToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().valueStream().map(a -> a.get("username").asString()).toList();
    }
}
