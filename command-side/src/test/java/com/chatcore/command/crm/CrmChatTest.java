package com.chatcore.command.crm;

import com.chatcore.api.crm.ChangeCrmChatCommand;
import com.chatcore.api.crm.CrmChatChangedEvent;
import com.chatcore.api.crm.CrmChatDeletedEvent;
import com.chatcore.api.crm.CrmChatOpenedEvent;
import com.chatcore.api.crm.DeleteCrmChatCommand;
import com.chatcore.api.crm.OpenCrmChatCommand;
import com.chatcore.api.crm.OpenedCrmChat;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.chatcore.command.Refusals.fieldError;
import static com.chatcore.command.Refusals.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

class CrmChatTest {

    private static final long ID = 7;
    private static final String AGGREGATE = "crm-chat-7";
    private static final Instant NOW = Instant.parse("2024-01-01T10:00:00.123456789Z");
    private static final Instant NOW_IN_MICROS = Instant.parse("2024-01-01T10:00:00.123456Z");

    private FixtureConfiguration<CrmChat> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CrmChat.class);
        fixture.registerInjectableResource((CrmChatIds) () -> ID);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CrmChatOpenedEvent opened(long sessionId, long contactId) {
        return new CrmChatOpenedEvent(ID, sessionId, contactId, NOW_IN_MICROS);
    }

    @Test
    void openingAChatTakesTheNextIdAndAnswersItWithTheTimeInMicroseconds() {
        fixture.givenNoPriorActivity()
                .when(new OpenCrmChatCommand(123, 456))
                .expectEvents(opened(123, 456))
                .expectResultMessagePayload(new OpenedCrmChat(ID, NOW_IN_MICROS));
    }

    @Test
    void sessionIdMustBePositive() {
        fixture.givenNoPriorActivity()
                .when(new OpenCrmChatCommand(0, 456))
                .expectException(fieldError("sesion_id", CrmChatRules.SESSION_ID_POSITIVE))
                .expectNoEvents();
    }

    @Test
    void contactIdMustBePositive() {
        fixture.givenNoPriorActivity()
                .when(new OpenCrmChatCommand(123, -1))
                .expectException(fieldError("contact_id", CrmChatRules.CONTACT_ID_POSITIVE))
                .expectNoEvents();
    }

    @Test
    void bothBadIdsAreNamedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new OpenCrmChatCommand(-5, 0))
                .expectException(fieldErrors(Map.of("sesion_id", List.of(CrmChatRules.SESSION_ID_POSITIVE),
                        "contact_id", List.of(CrmChatRules.CONTACT_ID_POSITIVE))))
                .expectNoEvents();
    }

    @Test
    void changingBothIdsEmitsBothNewValues() {
        fixture.given(opened(123, 456))
                .when(new ChangeCrmChatCommand(ID, 124L, 457L))
                .expectEvents(new CrmChatChangedEvent(ID, 124, 457));
    }

    @Test
    void changingOneIdKeepsTheOther() {
        fixture.given(opened(123, 456))
                .when(new ChangeCrmChatCommand(ID, null, 999L))
                .expectEvents(new CrmChatChangedEvent(ID, 123, 999));
    }

    @Test
    void changingToTheSameValuesEmitsNothing() {
        fixture.given(opened(123, 456))
                .when(new ChangeCrmChatCommand(ID, 123L, 456L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChangeReadsTheLatestValues() {
        fixture.given(opened(123, 456), new CrmChatChangedEvent(ID, 200, 300))
                .when(new ChangeCrmChatCommand(ID, 123L, null))
                .expectEvents(new CrmChatChangedEvent(ID, 123, 300));
    }

    @Test
    void aChangeCannotMakeAnIdNonPositive() {
        fixture.given(opened(123, 456))
                .when(new ChangeCrmChatCommand(ID, null, 0L))
                .expectException(fieldError("contact_id", CrmChatRules.CONTACT_ID_POSITIVE))
                .expectNoEvents();
    }

    @Test
    void deletingAChatEmitsChatDeleted() {
        fixture.given(opened(123, 456))
                .when(new DeleteCrmChatCommand(ID))
                .expectEvents(new CrmChatDeletedEvent(ID));
    }

    @Test
    void aDeletedChatCannotBeChanged() {
        fixture.given(opened(123, 456), new CrmChatDeletedEvent(ID))
                .when(new ChangeCrmChatCommand(ID, 1L, 1L))
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedChatCannotBeDeletedAgain() {
        fixture.given(opened(123, 456), new CrmChatDeletedEvent(ID))
                .when(new DeleteCrmChatCommand(ID))
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }

    @Test
    void theAggregateIsNamedByKindAndId() {
        fixture.givenNoPriorActivity()
                .when(new OpenCrmChatCommand(1, 2))
                .expectState(chat -> assertThat(chat).extracting("id").isEqualTo(AGGREGATE));
    }
}
