package com.chatcore.command.directchat;

import com.chatcore.api.directchat.DirectChatActor;
import com.chatcore.api.directchat.DirectChatCreatedEvent;
import com.chatcore.api.directchat.DirectChatDeletedEvent;
import com.chatcore.api.directchat.DirectChatRuleViolation;
import com.chatcore.api.directchat.DirectMessageSentEvent;
import com.chatcore.api.directchat.DirectMessagesSeenEvent;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.directchat.LastMessageChangedEvent;
import com.chatcore.api.directchat.MarkDirectMessagesSeenCommand;
import com.chatcore.api.directchat.SendDirectMessageCommand;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.chatcore.command.Refusals.ruleViolation;
import static com.chatcore.command.directchat.OpenDirectChatTest.ANA;
import static com.chatcore.command.directchat.OpenDirectChatTest.AS_ANA;
import static com.chatcore.command.directchat.OpenDirectChatTest.AS_STAFF;
import static com.chatcore.command.directchat.OpenDirectChatTest.BEA;
import static com.chatcore.command.directchat.OpenDirectChatTest.CARLOS;
import static com.chatcore.command.directchat.OpenDirectChatTest.CHAT;

/** Messages of a direct chat (seed 002's Socket.IO): events of the chat, sent and seen by its participants only. */
class DirectMessagesTest {

    private static final String MESSAGE = "m-1";
    private static final LastMessage LAST = new LastMessage(
            "{\"text\":\"Hola\",\"sender\":\"7\",\"timestamp\":\"2026-11-30T12:00:00.000Z\"}");
    private static final String NOT_A_PARTICIPANT = "No tienes permiso para acceder a este chat";

    private FixtureConfiguration<DirectChat> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DirectChat.class);
        fixture.registerInjectableResource(new InMemoryDirectChatRegistry().users(ANA, BEA, CARLOS));
    }

    private static DirectChatCreatedEvent anaAndBea() {
        return new DirectChatCreatedEvent(CHAT, List.of(ANA, BEA), LastMessage.NONE);
    }

    @Test
    void aParticipantsMessageIsRecordedAndBecomesTheLastMessage() {
        fixture.given(anaAndBea())
                .when(new SendDirectMessageCommand(CHAT, MESSAGE, "Hola", LAST, AS_ANA))
                .expectEvents(new DirectMessageSentEvent(CHAT, MESSAGE, ANA, "Hola"),
                        new LastMessageChangedEvent(CHAT, LAST))
                .expectResultMessagePayload(2L);
    }

    @Test
    void someoneOutsideTheChatCannotSendToIt() {
        fixture.given(anaAndBea())
                .when(new SendDirectMessageCommand(CHAT, MESSAGE, "Hola", LAST, new DirectChatActor(CARLOS, false)))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.NOT_A_PARTICIPANT, NOT_A_PARTICIPANT));
    }

    @Test
    void staffOutsideTheChatCannotSpeakInIt() {
        fixture.given(anaAndBea())
                .when(new SendDirectMessageCommand(CHAT, MESSAGE, "Hola", LAST, AS_STAFF))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.NOT_A_PARTICIPANT, NOT_A_PARTICIPANT));
    }

    @Test
    void aDeletedChatTakesNoMessages() {
        fixture.given(anaAndBea(), new DirectChatDeletedEvent(CHAT))
                .when(new SendDirectMessageCommand(CHAT, MESSAGE, "Hola", LAST, AS_ANA))
                .expectNoEvents()
                .expectException(AggregateDeletedException.class);
    }

    @Test
    void aParticipantMarksMessagesSeen() {
        fixture.given(anaAndBea(), new DirectMessageSentEvent(CHAT, MESSAGE, ANA, "Hola"))
                .when(new MarkDirectMessagesSeenCommand(CHAT, List.of(MESSAGE), new DirectChatActor(BEA, false)))
                .expectEvents(new DirectMessagesSeenEvent(CHAT, BEA, List.of(MESSAGE)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void markingNoMessagesRecordsNothing() {
        fixture.given(anaAndBea())
                .when(new MarkDirectMessagesSeenCommand(CHAT, List.of(), AS_ANA))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void someoneOutsideTheChatCannotMarkItsMessagesSeen() {
        fixture.given(anaAndBea())
                .when(new MarkDirectMessagesSeenCommand(CHAT, List.of(MESSAGE), new DirectChatActor(CARLOS, false)))
                .expectNoEvents()
                .expectException(ruleViolation(DirectChatRuleViolation.NOT_A_PARTICIPANT, NOT_A_PARTICIPANT));
    }
}
