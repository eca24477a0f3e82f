package com.chatcore.command.directchat;

import com.chatcore.api.directchat.DirectChatActor;
import com.chatcore.api.directchat.DirectChatCreatedEvent;
import com.chatcore.api.directchat.DirectChatOpened;
import com.chatcore.api.directchat.DirectChatRuleViolation;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.directchat.OpenDirectChatCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.chatcore.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;

/** Opening a chat: {@link DirectChatCommandHandler} with the rules of {@link Participants}. */
class OpenDirectChatTest {

    static final String CHAT = "6a1f0c3e-0000-4000-8000-000000000001";
    static final long ANA = 7;
    static final long BEA = 8;
    static final long CARLOS = 9;
    static final DirectChatActor AS_ANA = new DirectChatActor(ANA, false);
    static final DirectChatActor AS_STAFF = new DirectChatActor(1, true);

    private FixtureConfiguration<DirectChat> fixture;
    private InMemoryDirectChatRegistry registry;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DirectChat.class);
        registry = new InMemoryDirectChatRegistry().users(ANA, BEA, CARLOS);
        fixture.registerInjectableResource(registry);
        fixture.registerAnnotatedCommandHandler(new DirectChatCommandHandler(fixture.getRepository(), registry));
    }

    private static OpenDirectChatCommand open(DirectChatActor actor, String... participants) {
        return new OpenDirectChatCommand(CHAT, List.of(participants), null, actor);
    }

    @Test
    void openingAChatRecordsItsDistinctParticipantsInTheOrderNamed() {
        fixture.givenNoPriorActivity()
                .when(open(AS_ANA, "8", "7", "8"))
                .expectEvents(new DirectChatCreatedEvent(CHAT, List.of(BEA, ANA), LastMessage.NONE))
                .expectResultMessagePayload(new DirectChatOpened(CHAT, true));
        assertThat(registry.holderOf(Set.of(ANA, BEA))).contains(CHAT);
    }

    @Test
    void idsWrittenWithLeadingZerosNameTheSameUser() {
        fixture.givenNoPriorActivity()
                .when(open(AS_ANA, "7", "08", "008"))
                .expectEvents(new DirectChatCreatedEvent(CHAT, List.of(ANA, BEA), LastMessage.NONE));
    }

    @Test
    void theFirstLastMessageIsKeptAsSent() {
        LastMessage hello = new LastMessage("{\"text\":\"Hola\",\"n\":1.50}");
        fixture.givenNoPriorActivity()
                .when(new OpenDirectChatCommand(CHAT, List.of("7", "8"), hello, AS_ANA))
                .expectEvents(new DirectChatCreatedEvent(CHAT, List.of(ANA, BEA), hello));
    }

    @Test
    void cannotOpenAChatWithOneParticipantNamedTwice() {
        fixture.givenNoPriorActivity()
                .when(open(AS_ANA, "7", "7"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.TOO_FEW_PARTICIPANTS,
                        "Un chat debe tener al menos 2 participantes"));
        assertThat(registry.holderOf(Set.of(ANA))).isEmpty();
    }

    @Test
    void cannotOpenAChatWithNoParticipants() {
        fixture.givenNoPriorActivity()
                .when(open(AS_STAFF))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.TOO_FEW_PARTICIPANTS,
                        "Un chat debe tener al menos 2 participantes"));
    }

    @Test
    void cannotOpenAChatWithAUserThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(open(AS_ANA, "7", "404"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.UNKNOWN_PARTICIPANTS,
                        "Uno o más participantes no existen"));
    }

    @Test
    void anIdThatIsNoUserIdNamesNoParticipant() {
        fixture.givenNoPriorActivity()
                .when(open(AS_ANA, "7", "65b7d6e4f3a2b1c0d9e8f7a5"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.UNKNOWN_PARTICIPANTS,
                        "Uno o más participantes no existen"));
    }

    @Test
    void aUserCannotOpenAChatBetweenOtherUsers() {
        fixture.givenNoPriorActivity()
                .when(open(AS_ANA, "8", "9"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.NOT_A_PARTICIPANT,
                        "No tienes permiso para acceder a este chat"));
        assertThat(registry.holderOf(Set.of(BEA, CARLOS))).isEmpty();
    }

    @Test
    void staffMayOpenAChatBetweenOtherUsers() {
        fixture.givenNoPriorActivity()
                .when(open(AS_STAFF, "8", "9"))
                .expectEvents(new DirectChatCreatedEvent(CHAT, List.of(BEA, CARLOS), LastMessage.NONE));
    }

    @Test
    void theSameParticipantSetAnswersItsChatAndRecordsNothing() {
        String existing = "6a1f0c3e-0000-4000-8000-000000000002";
        registry.claim(Set.of(ANA, BEA), existing);
        fixture.givenNoPriorActivity()
                .when(open(AS_ANA, "8", "7"))
                .expectNoEvents()
                .expectResultMessagePayload(new DirectChatOpened(existing, false));
        assertThat(registry.holderOf(Set.of(ANA, BEA))).isEqualTo(Optional.of(existing));
    }

    @Test
    void aLargerSetIsAnotherChat() {
        registry.claim(Set.of(ANA, BEA), "6a1f0c3e-0000-4000-8000-000000000002");
        fixture.givenNoPriorActivity()
                .when(open(AS_ANA, "7", "8", "9"))
                .expectEvents(new DirectChatCreatedEvent(CHAT, List.of(ANA, BEA, CARLOS), LastMessage.NONE))
                .expectResultMessagePayload(new DirectChatOpened(CHAT, true));
    }
}
