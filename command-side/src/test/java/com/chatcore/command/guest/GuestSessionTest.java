package com.chatcore.command.guest;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.guest.CompleteGuestSessionCommand;
import com.chatcore.api.guest.GuestSessionCompletedEvent;
import com.chatcore.api.guest.GuestKeyHash;
import com.chatcore.api.guest.GuestSessionExpiredException;
import com.chatcore.api.guest.GuestSessionStartedEvent;
import com.chatcore.api.guest.StartGuestSessionCommand;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class GuestSessionTest {

    private static final Instant NOW = Instant.parse("2024-01-01T12:00:00Z");
    private static final String SESSION = "0b7e9f0e-4c1a-4d0e-9a57-3f6f1b2c9d10";
    private static final String ROOM = "5c2d7a51-8f3e-4b8a-a1d2-6e9f0c3b4a77";
    private static final long CHAT_USER = 42;
    private static final String KEY_HASH = GuestKeyHash.of("9d3c1e0a-7b2f-4c5d-8e6a-1f0b2c3d4e5f");

    private AggregateTestFixture<GuestSession> fixture;
    private EmbeddedEventStore conversations;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(GuestSession.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((ChatUserIds) () -> CHAT_USER);
        // The fixture's own event store takes events of the guest session only; the conversation the
        // session opens keeps its events in a store of its own, read back by the tests.
        conversations = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        fixture.registerRepositoryProvider(new RepositoryProvider() {
            @Override
            public <A> Repository<A> repositoryFor(Class<A> aggregateType) {
                return EventSourcingRepository.builder(aggregateType).eventStore(conversations).build();
            }
        });
    }

    @Test
    void startingASessionGivesItHalfAnHour() {
        fixture.givenNoPriorActivity()
                .when(new StartGuestSessionCommand(SESSION, "Hola, necesito ayuda"))
                .expectEvents(new GuestSessionStartedEvent(SESSION, "Hola, necesito ayuda", NOW,
                        NOW.plus(Duration.ofSeconds(1800))));
    }

    @Test
    void completingWithinTheTimeOpensAWaitingGuestChat() {
        fixture.given(startedAgo(Duration.ofMinutes(29)))
                .when(complete())
                .expectEvents(new GuestSessionCompletedEvent(SESSION, ROOM, CHAT_USER, KEY_HASH));

        List<? extends EventMessage<?>> opened = conversations.readEvents(ROOM).asStream().toList();
        assertEquals(1, opened.size());
        ChatStartedEvent start = (ChatStartedEvent) opened.get(0).getPayload();
        assertNotNull(start.initialMessageId());
        assertEquals(new ChatStartedEvent(ROOM, Channel.WEB_GUEST,
                new ChatUser(CHAT_USER, "Nombre Completo", "usuario@ejemplo.com", "+1234567890"),
                start.initialMessageId(), "Hola", Priority.LOW), start);
    }

    @Test
    void aSessionWithoutFirstMessageOpensAChatWithoutMessages() {
        fixture.given(new GuestSessionStartedEvent(SESSION, null, NOW, NOW.plusSeconds(1800)))
                .when(complete())
                .expectEvents(new GuestSessionCompletedEvent(SESSION, ROOM, CHAT_USER, KEY_HASH));

        ChatStartedEvent start = (ChatStartedEvent) conversations.readEvents(ROOM).asStream().toList().get(0)
                .getPayload();
        assertNull(start.initialMessageId());
        assertNull(start.initialMessage());
    }

    @Test
    void cannotCompleteAnExpiredSession() {
        fixture.given(startedAgo(Duration.ofSeconds(1800)))
                .when(complete())
                .expectException(GuestSessionExpiredException.class)
                .expectNoEvents();
    }

    @Test
    void cannotCompleteASessionTwice() {
        fixture.given(startedAgo(Duration.ofMinutes(1)),
                        new GuestSessionCompletedEvent(SESSION, ROOM, CHAT_USER, KEY_HASH))
                .when(complete())
                .expectException(GuestSessionExpiredException.class)
                .expectNoEvents();
    }

    private static GuestSessionStartedEvent startedAgo(Duration ago) {
        Instant started = NOW.minus(ago);
        return new GuestSessionStartedEvent(SESSION, "Hola", started, started.plus(GuestSession.TTL));
    }

    @Test
    void aSessionCompletedWithoutKeyHashLeavesTheRoomIdAsTheGuestsKey() {
        fixture.given(startedAgo(Duration.ofMinutes(1)))
                .when(new CompleteGuestSessionCommand(SESSION, ROOM, null, "Nombre Completo", null, null))
                .expectEvents(new GuestSessionCompletedEvent(SESSION, ROOM, CHAT_USER, null));
    }

    private static CompleteGuestSessionCommand complete() {
        return new CompleteGuestSessionCommand(SESSION, ROOM, KEY_HASH, "Nombre Completo", "usuario@ejemplo.com",
                "+1234567890");
    }
}
