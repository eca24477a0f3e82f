package com.chatcore.deadletters;

import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserRegisteredEvent;
import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestChats;
import com.chatcore.support.IntegrationTest;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poison event is parked in the dead-letter queue; the projection goes on with later events, those of
 * the same conversation included.
 */
class PoisonEventIntegrationTest extends IntegrationTest {

    @Autowired
    private EventGateway events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private Cache conversationCache;

    @Test
    void aProjectionFailureIsDeadLetteredAndLaterEventsStillProject() {
        String taken = unique("poison");
        long takenId = accounts.register(taken).get("id").asLong();
        long forgedId = 1_000_000 + takenId;
        // Bypasses the command side's uniqueness check: the users read model refuses the duplicate name.
        transactions.executeWithoutResult(status -> events.publish(new UserRegisteredEvent(forgedId, taken,
                "forged@example.com", "$2a$10$forged", "", "", Role.USER)));

        String later = unique("after_poison");
        accounts.register(later);
        String token = accounts.login(later, Accounts.PASSWORD);

        assertThat(token).isNotBlank();
        List<Map<String, Object>> letters = jdbc.queryForList("""
                SELECT processing_group, cause_message FROM dead_letter_entry
                WHERE processing_group = 'users' AND convert_from(payload, 'UTF8') LIKE ?""",
                "%\"userId\":" + forgedId + ",%");
        assertThat(letters).hasSize(1);
        assertThat((String) letters.get(0).get("cause_message")).containsIgnoringCase("duplicate key");
    }

    @Test
    void aPoisonEventDoesNotFreezeTheRestOfItsConversation() {
        String agentName = unique("poison_agent");
        accounts.createAgent(agentName, 5);
        String agent = accounts.login(agentName, Accounts.PASSWORD);
        String key = openGuestChat();
        String room = GuestChats.roomIdOf(queries, key);
        // Written past the REST edge, which refuses NUL: PostgreSQL text cannot hold it, so projecting fails.
        storeDirectly(room, new MessageSentEvent(room, UUID.randomUUID().toString(), SenderType.USER, null,
                "poison\u0000message", "text"));

        ApiClient.Response later = api.post("/api/chat/send_message/",
                Map.of("chat_room_id", key, "content", "after the poison"), null);
        assertThat(later.status()).as(later.toString()).isEqualTo(201);
        ApiClient.Response taken = api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);

        ApiClient.Response messages = api.get("/api/messages/by_chat/?chat_room_id=" + room, agent);
        assertThat(messages.status()).as(messages.toString()).isEqualTo(200);
        assertThat(messages.body()).contains("after the poison").doesNotContain("poison\\u0000");
        ApiClient.Response mine = api.get("/api/chat-rooms/my_chats/", agent);
        assertThat(mine.body()).as("the chat shows active with its agent").contains(room);
        List<String> parked = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM dead_letter_entry WHERE aggregate_identifier = ?""",
                String.class, room);
        assertThat(parked).isNotEmpty().allSatisfy(payload -> assertThat(payload).contains("poison"));
    }

    private void storeDirectly(String conversationId, Object payload) {
        String type = jdbc.queryForObject("SELECT type FROM domain_event_entry WHERE aggregate_identifier = ? LIMIT 1",
                String.class, conversationId);
        long next = eventStore.lastSequenceNumberFor(conversationId).orElse(-1L) + 1;
        transactions.executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>(type, conversationId, next, payload)));
        // The cached conversation does not know of an event stored behind its back: its next append would
        // conflict and be retried, leaving a gap in global_index that CallerMetadataIntegrationTest looks for.
        conversationCache.remove(conversationId);
    }

    private String openGuestChat() {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(), "email", unique("g") + "@example.com",
                "full_name", "Poison Guest", "phone_number", "+1234567890"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed.json().get("chat_room_id").asString();
    }
}
