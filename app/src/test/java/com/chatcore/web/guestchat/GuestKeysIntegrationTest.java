package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.guest.CompleteGuestSessionCommand;
import com.chatcore.api.guest.FindGuestSessionQuery;
import com.chatcore.api.guest.GuestKeyHash;
import com.chatcore.api.guest.GuestSessionView;
import com.chatcore.api.guest.StartGuestSessionCommand;
import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.guestchat.GuestChats.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: the guest's key is known to the guest alone. Every agent learns every room id (waiting list,
 * notifications, frames); none of them opens a guest route, and the guest's key opens no agent route.
 */
class GuestKeysIntegrationTest extends IntegrationTest {

    private static final JsonNode NOT_FOUND = json("{'detail': 'No encontrado.'}");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private ReadYourWrites readYourWrites;

    private GuestChats guests;

    @BeforeEach
    void guests() {
        guests = new GuestChats(api);
    }

    @Test
    void anAgentWhoKnowsTheRoomIdCannotActAsItsGuest() {
        String holder = agentToken("gk_holder");
        String snoop = agentToken("gk_snoop");
        String email = GuestChats.uniqueEmail();
        String key = guests.openChat(email);
        String room = roomInWaitingChats(email, snoop);
        assertThat(room).isNotEqualTo(key);
        assertThat(api.post("/api/chat-rooms/" + room + "/take_chat/", "", holder).status()).isEqualTo(200);
        assertThat(api.post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", "Hola, soy tu agente"),
                holder).status()).isEqualTo(201);

        assertNotFound(api.get("/api/messages/by_chat/?chat_room_id=" + room, null));
        assertNotFound(api.get("/api/messages/unread_count/?chat_room_id=" + room, null));
        // Guest routes take no token: the snoop's own one changes nothing.
        for (String token : new String[] {null, snoop}) {
            assertNotFound(api.get("/api/chat/get_chat_status/?chat_room_id=" + room, token));
            assertNotFound(api.post("/api/chat/send_message/", Map.of("chat_room_id", room, "content", "Soy yo"),
                    token));
            assertNotFound(api.post("/api/messages/send_guest_message/",
                    Map.of("chat_room_id", room, "content", "Soy yo"), token));
            assertNotFound(api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", room, "user_type", "user"),
                    token));
            assertNotFound(api.get("/api/user-notifications/get_notifications/?chat_room_id=" + room, token));
            assertNotFound(api.post("/api/user-notifications/mark_read/",
                    Map.of("chat_room_id", room, "notification_ids", List.of()), token));
        }
        JsonNode held = api.get("/api/messages/by_chat/?chat_room_id=" + room, holder).json();
        assertThat(held.get("messages").valueStream().map(m -> m.get("content").asString()))
                .as("nobody wrote as the customer").containsExactly("Hola, necesito ayuda", "Hola, soy tu agente");
        assertThat(api.get("/api/messages/unread_count/?chat_room_id=" + key, null).json().get("unread_count")
                .asInt()).as("nobody read the agent's message as the guest").isEqualTo(1);
    }

    @Test
    void theGuestActsWithItsKeyAndSeesTheRoomIdOnlyInMessages() {
        String holder = agentToken("gk_agent");
        String email = GuestChats.uniqueEmail();
        String key = guests.openChat(email);
        String room = roomInWaitingChats(email, holder);
        assertThat(api.post("/api/chat-rooms/" + room + "/take_chat/", "", holder).status()).isEqualTo(200);
        assertThat(api.post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", "Hola"), holder).status())
                .isEqualTo(201);

        ApiClient.Response sent = guests.send(key, "Gracias");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().get("chat_room").asString()).isEqualTo(room);
        assertThat(guests.status(key).json().get("chat_room_id").asString()).isEqualTo(key);
        assertThat(guests.status(key).json().get("status").asString()).isEqualTo("active");
        assertThat(api.get("/api/messages/unread_count/?chat_room_id=" + key, null).json().get("unread_count").asInt())
                .isEqualTo(1);
        JsonNode byChat = api.get("/api/messages/by_chat/?chat_room_id=" + key, null).json();
        assertThat(byChat.get("chat_room_id").asString()).isEqualTo(key);
        assertThat(byChat.get("auto_marked_read").asInt()).isEqualTo(1);
        assertThat(api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", key), null).json()
                .get("chat_room_id").asString()).isEqualTo(key);
        assertThat(api.get("/api/user-notifications/get_notifications/?chat_room_id=" + key, null).status())
                .isEqualTo(200);
        assertThat(api.post("/api/user-notifications/mark_read/",
                Map.of("chat_room_id", key, "notification_ids", List.of()), null).status()).isEqualTo(200);
    }

    @Test
    void theGuestsKeyOpensNoAgentRoute() {
        String holder = agentToken("gk_keyholder");
        String email = GuestChats.uniqueEmail();
        String key = guests.openChat(email);
        String room = roomInWaitingChats(email, holder);

        assertNotFound(api.post("/api/chat-rooms/" + key + "/take_chat/", "", holder));
        assertThat(api.post("/api/chat-rooms/" + room + "/take_chat/", "", holder).status()).isEqualTo(200);
        assertNotFound(api.get("/api/chat-rooms/" + key + "/messages/", holder));
        assertNotFound(api.post("/api/chat-rooms/" + key + "/send_message/", Map.of("content", "Hola"), holder));
        assertNotFound(api.post("/api/messages/", Map.of("chat_room_id", key, "content", "Hola"), holder));
        assertNotFound(api.get("/api/messages/by_chat/?chat_room_id=" + key, holder));
        assertNotFound(api.get("/api/messages/unread_count/?chat_room_id=" + key, holder));
        assertNotFound(api.post("/api/messages/mark_chat_read/", Map.of("chat_room_id", key), holder));
        assertNotFound(api.get("/api/messages/by_chat/?chat_room_id=" + key, accounts.superuserToken()));
    }

    @Test
    void aRoomWhoseEventsCarryNoKeyHashKeepsItsIdAsTheKey() {
        // As every room opened before guest keys existed: its completion event has no hash.
        String sessionId = UUID.randomUUID().toString();
        String room = UUID.randomUUID().toString();
        commands.sendAndWait(new StartGuestSessionCommand(sessionId, "Hola"));
        readYourWrites.send(new CompleteGuestSessionCommand(sessionId, room, null, "Ana", null, null),
                new Awaited<>(new FindChatRoomQuery(room), ChatRoomView.class, view -> true),
                new Awaited<>(new FindGuestSessionQuery(sessionId), GuestSessionView.class,
                        GuestSessionView::completed));

        assertThat(guests.status(room).json().get("chat_room_id").asString()).isEqualTo(room);
        assertThat(guests.send(room, "Sigo aquí").status()).isEqualTo(201);
    }

    @Test
    void storedEventsHoldOnlyTheHashOfTheGuestsKey() {
        String key = guests.openChat(GuestChats.uniqueEmail());
        assertThat(guests.send(key, "Hola de nuevo").status()).isEqualTo(201);

        assertThat(eventsMentioning(key)).as("events holding the key").isZero();
        assertThat(eventsMentioning(GuestKeyHash.of(key))).as("the completed session").isEqualTo(1);
    }

    private long eventsMentioning(String text) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE strpos(convert_from(payload, 'UTF8'), ?) > 0 OR strpos(convert_from(meta_data, 'UTF8'), ?) > 0""",
                Long.class, text, text)
                + jdbc.queryForObject("""
                SELECT count(*) FROM snapshot_event_entry
                WHERE strpos(convert_from(payload, 'UTF8'), ?) > 0""", Long.class, text);
    }

    private String agentToken(String prefix) {
        String username = unique(prefix);
        accounts.createAgent(username, 5);
        return accounts.login(username, Accounts.PASSWORD);
    }

    /** The id an agent sees for the guest's room: found by the guest's email in the waiting queue. */
    private String roomInWaitingChats(String email, String token) {
        for (int page = 1; ; page++) {
            JsonNode chats = api.get("/api/chat-rooms/waiting_chats/?page_size=100&page=" + page, token).json()
                    .get("chats");
            assertThat(chats.isEmpty()).as("the chat of " + email + " is waiting").isFalse();
            for (JsonNode chat : chats) {
                if (email.equals(chat.get("chat_user").get("email").asString())) {
                    return chat.get("id").asString();
                }
            }
        }
    }

    private static void assertNotFound(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.json()).as(response.toString()).isEqualTo(NOT_FOUND);
    }
}
