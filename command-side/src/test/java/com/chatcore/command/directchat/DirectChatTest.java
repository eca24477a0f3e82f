package com.chatcore.command.directchat;

import com.chatcore.api.directchat.ChangeLastMessageCommand;
import com.chatcore.api.directchat.DeleteDirectChatCommand;
import com.chatcore.api.directchat.DirectChatActor;
import com.chatcore.api.directchat.DirectChatCreatedEvent;
import com.chatcore.api.directchat.DirectChatDeletedEvent;
import com.chatcore.api.directchat.DirectChatParticipantsChangedEvent;
import com.chatcore.api.directchat.DirectChatRuleViolation;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.directchat.LastMessageChangedEvent;
import com.chatcore.api.directchat.UpdateDirectChatCommand;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.chatcore.command.Refusals.ruleViolation;
import static com.chatcore.command.directchat.OpenDirectChatTest.ANA;
import static com.chatcore.command.directchat.OpenDirectChatTest.AS_ANA;
import static com.chatcore.command.directchat.OpenDirectChatTest.AS_STAFF;
import static com.chatcore.command.directchat.OpenDirectChatTest.BEA;
import static com.chatcore.command.directchat.OpenDirectChatTest.CARLOS;
import static com.chatcore.command.directchat.OpenDirectChatTest.CHAT;
import static org.assertj.core.api.Assertions.assertThat;

/** A chat's changes after it was opened: participants, last message, deletion, and who may make them. */
class DirectChatTest {

    private static final DirectChatActor AS_CARLOS = new DirectChatActor(CARLOS, false);
    private static final String OTHER_CHAT = "6a1f0c3e-0000-4000-8000-000000000009";
    private static final LastMessage HELLO = new LastMessage("{\"text\":\"Hola\",\"sender\":\"7\"}");
    private static final String NOT_A_PARTICIPANT = "No tienes permiso para acceder a este chat";

    private FixtureConfiguration<DirectChat> fixture;
    private InMemoryDirectChatRegistry registry;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DirectChat.class);
        registry = new InMemoryDirectChatRegistry().users(ANA, BEA, CARLOS);
        registry.claim(Set.of(ANA, BEA), CHAT);
        fixture.registerInjectableResource(registry);
    }

    private static DirectChatCreatedEvent anaAndBea() {
        return new DirectChatCreatedEvent(CHAT, List.of(ANA, BEA), LastMessage.NONE);
    }

    private static UpdateDirectChatCommand participants(DirectChatActor actor, String... ids) {
        return new UpdateDirectChatCommand(CHAT, List.of(ids), null, actor);
    }

    @Test
    void replacingTheParticipantsRecordsThemAndMovesTheChatToTheNewSet() {
        fixture.given(anaAndBea())
                .when(participants(AS_ANA, "7", "8", "9", "9"))
                .expectEvents(new DirectChatParticipantsChangedEvent(CHAT, List.of(ANA, BEA, CARLOS)))
                .expectResultMessagePayload(1L);
        assertThat(registry.holderOf(Set.of(ANA, BEA, CARLOS))).contains(CHAT);
        assertThat(registry.holderOf(Set.of(ANA, BEA))).isEmpty();
    }

    @Test
    void theSameParticipantsInAnotherOrderChangeNothing() {
        fixture.given(anaAndBea())
                .when(participants(AS_ANA, "8", "7"))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void cannotMoveAChatOntoTheParticipantSetOfAnother() {
        registry.claim(Set.of(ANA, CARLOS), OTHER_CHAT);
        fixture.given(anaAndBea())
                .when(participants(AS_ANA, "7", "9"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.PARTICIPANT_SET_TAKEN, "Chat ya existe"));
        assertThat(registry.holderOf(Set.of(ANA, BEA))).contains(CHAT);
    }

    @Test
    void newParticipantsObeyTheRulesOfOpening() {
        fixture.given(anaAndBea())
                .when(participants(AS_ANA, "7"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.TOO_FEW_PARTICIPANTS,
                        "Un chat debe tener al menos 2 participantes"));
    }

    @Test
    void newParticipantsMustExist() {
        fixture.given(anaAndBea())
                .when(participants(AS_ANA, "7", "404"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.UNKNOWN_PARTICIPANTS,
                        "Uno o más participantes no existen"));
    }

    @Test
    void aUserCannotHandTheirChatOverToOthers() {
        fixture.given(anaAndBea())
                .when(participants(AS_ANA, "8", "9"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.NOT_A_PARTICIPANT, NOT_A_PARTICIPANT));
    }

    @Test
    void aUserCannotChangeAChatTheyDoNotTakePartIn() {
        fixture.given(anaAndBea())
                .when(participants(AS_CARLOS, "7", "8", "9"))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.NOT_A_PARTICIPANT, NOT_A_PARTICIPANT));
    }

    @Test
    void staffMayChangeAnyChat() {
        fixture.given(anaAndBea())
                .when(participants(AS_STAFF, "8", "9"))
                .expectEvents(new DirectChatParticipantsChangedEvent(CHAT, List.of(BEA, CARLOS)));
    }

    @Test
    void anUpdateWithParticipantsAndLastMessageRecordsBothAndAnswersTheLatestVersion() {
        fixture.given(anaAndBea(), new LastMessageChangedEvent(CHAT, HELLO))
                .when(new UpdateDirectChatCommand(CHAT, List.of("7", "9"), LastMessage.NONE, AS_ANA))
                .expectEvents(new DirectChatParticipantsChangedEvent(CHAT, List.of(ANA, CARLOS)),
                        new LastMessageChangedEvent(CHAT, LastMessage.NONE))
                .expectResultMessagePayload(3L);
    }

    @Test
    void anUpdateWithoutFieldsChangesNothing() {
        fixture.given(anaAndBea())
                .when(new UpdateDirectChatCommand(CHAT, null, null, AS_ANA))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void aParticipantSetsTheLastMessage() {
        fixture.given(anaAndBea())
                .when(new ChangeLastMessageCommand(CHAT, HELLO, new DirectChatActor(BEA, false)))
                .expectEvents(new LastMessageChangedEvent(CHAT, HELLO))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aUserCannotSetTheLastMessageOfAChatTheyDoNotTakePartIn() {
        fixture.given(anaAndBea())
                .when(new ChangeLastMessageCommand(CHAT, HELLO, AS_CARLOS))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.NOT_A_PARTICIPANT, NOT_A_PARTICIPANT));
    }

    @Test
    void staffMaySetTheLastMessageOfAnyChat() {
        fixture.given(anaAndBea())
                .when(new ChangeLastMessageCommand(CHAT, HELLO, AS_STAFF))
                .expectEvents(new LastMessageChangedEvent(CHAT, HELLO));
    }

    @Test
    void deletingAChatFreesItsParticipantSet() {
        fixture.given(anaAndBea(), new LastMessageChangedEvent(CHAT, HELLO))
                .when(new DeleteDirectChatCommand(CHAT, AS_ANA))
                .expectEvents(new DirectChatDeletedEvent(CHAT))
                .expectResultMessagePayload(2L);
        assertThat(registry.holderOf(Set.of(ANA, BEA))).isEmpty();
    }

    @Test
    void aUserCannotDeleteAChatTheyDoNotTakePartIn() {
        fixture.given(anaAndBea())
                .when(new DeleteDirectChatCommand(CHAT, AS_CARLOS))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.NOT_A_PARTICIPANT, NOT_A_PARTICIPANT));
        assertThat(registry.holderOf(Set.of(ANA, BEA))).contains(CHAT);
    }

    @Test
    void aDeletedChatTakesNoFurtherCommands() {
        fixture.given(anaAndBea(), new DirectChatDeletedEvent(CHAT))
                .when(new ChangeLastMessageCommand(CHAT, HELLO, AS_STAFF))
                .expectNoEvents()
                .expectException(AggregateDeletedException.class);
    }
}
