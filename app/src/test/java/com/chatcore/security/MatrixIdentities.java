package com.chatcore.security;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestKeys;
import com.chatcore.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The matrix's callers, and the objects (chats held by A1 or A2, agents) they act on. */
final class MatrixIdentities {

    enum Who { ANONYMOUS, BAD_TOKEN, DEACTIVATED, LOGGED_OUT, USER, AGENT_A1, AGENT_A2, SUPERUSER }

    /**
     * What a row acts on; {@code owner} is the agent who holds the chat or is the agent (or the USER who takes
     * part in a direct chat, {@code userId}).
     */
    record Target(Who owner, String roomId, String guestKey, String messageId, long agentId, long userId) {
    }

    private final ApiClient api;
    private final Accounts accounts;
    private final Map<Who, String> usernames = new EnumMap<>(Who.class);
    private final Map<Who, String> authorizations = new EnumMap<>(Who.class);
    private final Map<Who, Long> agentIds = new EnumMap<>(Who.class);
    private final long userId;

    MatrixIdentities(ApiClient api, Accounts accounts) {
        this.api = api;
        this.accounts = accounts;
        authorizations.put(Who.BAD_TOKEN, "Bearer not-a-jwt");
        String user = IntegrationTest.unique("matrix_user");
        userId = accounts.register(user).get("id").asLong();
        authorizations.put(Who.USER, "Bearer " + accounts.login(user, Accounts.PASSWORD));
        usernames.put(Who.USER, user);
        agent(Who.AGENT_A1);
        agent(Who.AGENT_A2);
        usernames.put(Who.SUPERUSER, IntegrationTest.SUPERUSER);
        authorizations.put(Who.SUPERUSER, "Bearer " + accounts.superuserToken());
        long deactivated = agent(Who.DEACTIVATED);
        ApiClient.Response removed = api.send(api.request("/api/admin-agents/" + deactivated + "/",
                accounts.superuserToken()).DELETE());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        agent(Who.LOGGED_OUT);
        ApiClient.Response loggedOut = api.post("/api/auth/logout/", Map.of(), token(Who.LOGGED_OUT));
        assertThat(loggedOut.status()).as(loggedOut.toString()).isEqualTo(200);
    }

    private long agent(Who who) {
        String name = IntegrationTest.unique("matrix_" + who.name().toLowerCase());
        long id = accounts.createAgent(name, 100).get("id").asLong();
        usernames.put(who, name);
        agentIds.put(who, id);
        authorizations.put(who, "Bearer " + accounts.login(name, Accounts.PASSWORD));
        return id;
    }

    /** The Authorization header {@code who} sends, or null for none. */
    String authorization(Who who) {
        return authorizations.get(who);
    }

    /**
     * As {@link #authorization}, but a new token for the accounts that can still log in: for calls that
     * end the token they use (logout).
     */
    String freshAuthorization(Who who) {
        return switch (who) {
            case USER, AGENT_A1, AGENT_A2 -> "Bearer " + accounts.login(usernames.get(who), Accounts.PASSWORD);
            case SUPERUSER -> "Bearer " + accounts.superuserToken();
            default -> authorization(who);
        };
    }

    long agentId(Who who) {
        return agentIds.get(who);
    }

    Target agentTarget(Who owner) {
        return new Target(owner, null, null, null, agentId(owner), 0);
    }

    Target spareAgent() {
        String name = IntegrationTest.unique("matrix_spare");
        return new Target(null, null, null, null, accounts.createAgent(name, 5).get("id").asLong(), 0);
    }

    /** A new guest chat, taken by {@code owner}. */
    Target heldChat(Who owner) {
        String fullName = IntegrationTest.unique("Matrix Guest");
        String key = GuestKeys.open(api, fullName);
        String roomId = waitingRoomOf(fullName);
        ApiClient.Response taken = api.post("/api/chat-rooms/" + roomId + "/take_chat/", Map.of(), token(owner));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        JsonNode messages = api.get("/api/chat-rooms/" + roomId + "/messages/", accounts.superuserToken()).json();
        return new Target(owner, roomId, key, messages.get(0).get("id").asString(), agentId(owner), 0);
    }

    /** A new seed-002 chat between USER and a user of no other use. */
    Target directChat() {
        long other = accounts.register(IntegrationTest.unique("matrix_peer")).get("id").asLong();
        ApiClient.Response created = api.post("/api/chats", Map.of("participants",
                List.of(Long.toString(userId), Long.toString(other))), token(Who.USER));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Target(Who.USER, created.json().get("data").get("_id").asString(), null, null, 0, userId);
    }

    /** The id agents know the room by, found as a SUPERUSER sees it, by the guest's unique name. */
    private String waitingRoomOf(String fullName) {
        ApiClient.Response page = api.get("/api/chat-rooms/all_chats/?status=waiting&page_size=100",
                accounts.superuserToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        for (JsonNode chat : page.json().get("chats")) {
            if (fullName.equals(chat.get("chat_user").get("full_name").asString())) {
                return chat.get("id").asString();
            }
        }
        throw new AssertionError("no waiting chat of " + fullName);
    }

    private String token(Who who) {
        return authorizations.get(who).substring("Bearer ".length());
    }
}
