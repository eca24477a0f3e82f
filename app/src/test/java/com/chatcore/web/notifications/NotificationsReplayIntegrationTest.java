package com.chatcore.web.notifications;

import com.chatcore.api.notification.NotificationType;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.chatcore.web.notifications.LiveChatDriver.count;
import static com.chatcore.web.notifications.NotificationAsserts.ids;
import static com.chatcore.web.notifications.NotificationAsserts.items;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding the notifications read model from the event store gives back the same notifications:
 * same ids (derived from event and recipient), same read marks (from their own events).
 */
class NotificationsReplayIntegrationTest extends IntegrationTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private ReadYourWrites readYourWrites;
    @Autowired
    private EventProcessingConfiguration processing;

    private static final Duration REPLAYED_WITHIN = Duration.ofSeconds(120);

    @Test
    void replayRebuildsTheSameNotifications() {
        LiveChatDriver chats = new LiveChatDriver(commands, queries, readYourWrites);
        TestAgent agent = TestAgent.quiet(accounts, api, unique("nr_agent"));
        LiveChatDriver.Chat chat = chats.startChat("Ana Pérez", "Hola");
        chats.assign(chat.id(), agent.id());
        chats.customerWrites(chat.id(), "Uno");
        chats.customerWrites(chat.id(), "Dos");
        chats.agentWrites(chat.id(), agent.id(), "Hola Ana");
        chats.awaitAgent(agent.id(), count(chat.id(), NotificationType.NEW_MESSAGE, 2));
        chats.awaitGuest(chat.id(), count(chat.id(), NotificationType.NEW_MESSAGE, 1));
        String newest = ids(items(agentList(agent))).get(0);
        assertThat(api.post("/api/notifications/mark_read/", Map.of("notification_ids", List.of(newest)),
                agent.token()).status()).isEqualTo(200);
        String guestNewest = ids(items(guestList(chat.key()))).get(0);
        assertThat(api.post("/api/user-notifications/mark_read/", Map.of("chat_room_id", chat.key(),
                "notification_ids", List.of(guestNewest)), null).status()).isEqualTo(200);
        JsonNode agentBefore = agentList(agent);
        JsonNode guestBefore = guestList(chat.key());

        StreamingEventProcessor processor = processing
                .eventProcessor("notifications", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(agentList(agent).get("total_count").asInt()).as("emptied by the reset handler").isZero();
        processor.start();

        // The replay reads the whole store the suite has written so far: on a loaded machine, well past 10 s.
        Awaitility.await().atMost(REPLAYED_WITHIN).until(() -> agentList(agent).equals(agentBefore)
                && guestList(chat.key()).equals(guestBefore));
        assertThat(agentList(agent)).isEqualTo(agentBefore);
        assertThat(guestList(chat.key())).isEqualTo(guestBefore);
    }

    private JsonNode agentList(TestAgent agent) {
        ApiClient.Response response = api.get("/api/notifications/", agent.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode guestList(String guestKey) {
        ApiClient.Response response = api.get("/api/user-notifications/get_notifications/?chat_room_id=" + guestKey,
                null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
