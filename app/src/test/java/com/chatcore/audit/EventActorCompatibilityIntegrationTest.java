package com.chatcore.audit;

import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.support.IntegrationTest;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored before they named the acting agent ({@code byAgentId}) still read, with no actor. */
class EventActorCompatibilityIntegrationTest extends IntegrationTest {

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer events;

    private <T> T stored(Class<T> type, String json) {
        return events.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                type.getName(), "1"));
    }

    @Test
    void eventsWrittenBeforeByAgentIdReadWithoutAnActor() {
        assertThat(stored(ChatResolvedEvent.class, "{\"chatRoomId\": \"r-1\", \"agentId\": 7}"))
                .isEqualTo(new ChatResolvedEvent("r-1", 7L, null));
        assertThat(stored(ChatClosedEvent.class,
                "{\"chatRoomId\": \"r-1\", \"agentId\": null, \"previousStatus\": \"WAITING\"}"))
                .isEqualTo(new ChatClosedEvent("r-1", null, ChatStatus.WAITING, null));
        assertThat(stored(ChatUnassignedEvent.class, "{\"chatRoomId\": \"r-1\", \"previousAgentId\": 7}"))
                .isEqualTo(new ChatUnassignedEvent("r-1", 7, null));
    }
}
