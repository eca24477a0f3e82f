package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.guest.GuestKeyHash;
import com.chatcore.support.ApiClient;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code chat.guest-keys.shared=true}: the guest's key is the room id again, for deployments that need
 * it. Its own application context and PostgreSQL (see GuestChatProtectionsIntegrationTest for why it
 * does not extend IntegrationTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.jwt.secret=shared-guest-keys-secret-of-at-least-32-bytes!",
        "chat.guest-keys.shared=true"
})
class SharedGuestKeysIntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "shared-keys-" + UUID.randomUUID()).toString());
    }

    @Test
    void theGuestsKeyIsTheRoomIdThatAgentsSee() {
        GuestChats guests = new GuestChats(new ApiClient(port));
        String key = guests.openChat(GuestChats.uniqueEmail());

        Optional<ChatRoomView> room = queries.query(new FindChatRoomQuery(key),
                ResponseTypes.optionalInstanceOf(ChatRoomView.class)).join();
        assertThat(room).as("the room of id " + key).isPresent();
        ApiClient.Response sent = guests.send(key, "Hola");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().get("chat_room").asString()).isEqualTo(key);
        assertThat(guests.status(key).json().get("chat_room_id").asString()).isEqualTo(key);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE strpos(convert_from(payload, 'UTF8'), ?) > 0""",
                Long.class, GuestKeyHash.of(key))).as("no hash: the room id is the key").isZero();
    }
}
