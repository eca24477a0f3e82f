package com.chatcore.web.analytics;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.ConversationRatedEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.SenderType;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Conversations written straight into the event store with chosen timestamps, as the Conversation aggregate would
 * have stored them, so every figure of the analytics read model is known in advance; then waits until the
 * analytics projection has read them.
 */
final class ScriptedConversations {

    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final EventProcessingConfiguration processing;

    ScriptedConversations(EventStore eventStore, TransactionTemplate transactions,
            EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.processing = processing;
    }

    Script start(Channel channel, Instant at, boolean withMessage) {
        return new Script(channel, at, withMessage);
    }

    /** Stores the scripts' events and waits until the analytics projection has read up to them. */
    void store(Script... scripts) {
        transactions.executeWithoutResult(status -> {
            for (Script script : scripts) {
                eventStore.publish(script.events);
            }
        });
        awaitAnalytics();
    }

    /** Rebuilds the analytics read model from the event store and waits until it is back at the head. */
    void replayAnalytics() {
        StreamingEventProcessor processor = analytics();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitAnalytics();
    }

    /**
     * Every segment's token at or past the store's head. (A replay's segments still say "replaying" there: Axon ends
     * a replay at the first event after the reset point.)
     */
    private void awaitAnalytics() {
        long head = eventStore.createHeadToken().position().orElse(-1);
        StreamingEventProcessor processor = analytics();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            return !segments.isEmpty() && segments.values().stream().allMatch(segment -> !segment.isErrorState()
                    && position(segment.getTrackingToken()) >= head);
        });
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private StreamingEventProcessor analytics() {
        return processing.eventProcessor("analytics", StreamingEventProcessor.class).orElseThrow();
    }

    /** One conversation's events, each {@code seconds} after its start. */
    static final class Script {

        final String id = UUID.randomUUID().toString();
        private final Instant start;
        private final List<DomainEventMessage<?>> events = new ArrayList<>();

        private Script(Channel channel, Instant start, boolean withMessage) {
            this.start = start;
            add(0, new ChatStartedEvent(id, channel, new ChatUser(77, "Ana Pérez", "ana@example.com", null),
                    withMessage ? UUID.randomUUID().toString() : null, withMessage ? "Hola" : null, Priority.LOW));
        }

        Script taken(long seconds, long agentId) {
            return add(seconds, new ChatTakenEvent(id, agentId));
        }

        Script customer(long seconds) {
            return add(seconds, new MessageSentEvent(id, UUID.randomUUID().toString(), SenderType.USER, null, "?",
                    "text"));
        }

        Script agent(long seconds, long agentId) {
            return add(seconds, new MessageSentEvent(id, UUID.randomUUID().toString(), SenderType.AGENT, agentId,
                    "!", "text"));
        }

        Script system(long seconds) {
            return add(seconds, new MessageSentEvent(id, UUID.randomUUID().toString(), SenderType.SYSTEM, null,
                    "Chat transferido", "system"));
        }

        Script transferred(long seconds, long fromAgentId, long toAgentId) {
            return add(seconds, new ChatTransferredEvent(id, fromAgentId, toAgentId));
        }

        Script resolved(long seconds, Long agentId) {
            return add(seconds, new ChatResolvedEvent(id, agentId, agentId));
        }

        Script closed(long seconds, Long agentId, ChatStatus from) {
            return add(seconds, new ChatClosedEvent(id, agentId, from, agentId));
        }

        Script rated(long seconds, int rating) {
            return add(seconds, new ConversationRatedEvent(id, rating, null));
        }

        private Script add(long seconds, Object payload) {
            events.add(new GenericDomainEventMessage<>("Conversation", id, events.size(), payload, Map.of(),
                    UUID.randomUUID().toString(), start.plusSeconds(seconds)));
            return this;
        }
    }
}
