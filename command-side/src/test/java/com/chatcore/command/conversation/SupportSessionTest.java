package com.chatcore.command.conversation;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.CloseChatCommand;
import com.chatcore.api.conversation.CloseSupportSessionCommand;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.StartSupportSessionCommand;
import com.chatcore.api.conversation.SupportSessionRuleViolation;
import com.chatcore.command.agent.RecordingAgentWorkload;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.chatcore.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's support sessions: {@link SupportSessionCommandHandler} and the session rules of {@link Conversation}. */
class SupportSessionTest {

    private static final String SESSION = "5b2e7c1d-0000-4000-8000-000000000001";
    private static final String OTHER_SESSION = "5b2e7c1d-0000-4000-8000-000000000002";
    private static final long LUIS = 42;
    private static final long MARTA = 43;
    private static final long ANA = 7;
    private static final ChatUser AS_LUIS = new ChatUser(LUIS, "Luis Gómez", "luis@example.com", null);

    private FixtureConfiguration<Conversation> fixture;
    private InMemorySupportSessionRegistry registry;
    private RecordingAgentWorkload workload;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conversation.class);
        registry = new InMemorySupportSessionRegistry();
        workload = new RecordingAgentWorkload().agent(ANA, 2, 1);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(workload);
        fixture.registerAnnotatedCommandHandler(new SupportSessionCommandHandler(fixture.getRepository(), registry));
    }

    private static ChatStartedEvent started() {
        return new ChatStartedEvent(SESSION, Channel.SUPPORT, AS_LUIS, null, null, Priority.LOW);
    }

    @Test
    void startingASessionPutsASupportConversationWithNoMessageInTheWaitingQueue() {
        fixture.givenNoPriorActivity()
                .when(new StartSupportSessionCommand(SESSION, AS_LUIS))
                .expectEvents(started())
                .expectResultMessagePayload(SESSION);
        assertThat(registry.holderOf(LUIS)).contains(SESSION);
    }

    @Test
    void aUserWithAnOpenSessionCannotStartAnother() {
        registry.claim(LUIS, OTHER_SESSION);
        fixture.givenNoPriorActivity()
                .when(new StartSupportSessionCommand(SESSION, AS_LUIS))
                .expectNoEvents()
                .expectException(ruleViolation(SupportSessionRuleViolation.SESSION_OPEN,
                        "Ya tienes una sesión de chat activa"));
        assertThat(registry.holderOf(LUIS)).contains(OTHER_SESSION);
    }

    @Test
    void anotherUsersOpenSessionDoesNotStopAStart() {
        registry.claim(MARTA, OTHER_SESSION);
        fixture.givenNoPriorActivity()
                .when(new StartSupportSessionCommand(SESSION, AS_LUIS))
                .expectEvents(started());
    }

    @Test
    void theUserClosesTheirWaitingSessionAndMayStartAnother() {
        registry.claim(LUIS, SESSION);
        fixture.given(started())
                .when(new CloseSupportSessionCommand(SESSION, LUIS))
                .expectEvents(new ChatClosedEvent(SESSION, null, ChatStatus.WAITING, null));
        assertThat(registry.holderOf(LUIS)).isEmpty();
    }

    @Test
    void closingAnActiveSessionGivesItsAgentTheCapacityBack() {
        registry.claim(LUIS, SESSION);
        fixture.given(started(), new ChatTakenEvent(SESSION, ANA))
                .when(new CloseSupportSessionCommand(SESSION, LUIS))
                .expectEvents(new ChatClosedEvent(SESSION, ANA, ChatStatus.ACTIVE, null));
        assertThat(workload.active(ANA)).isZero();
        assertThat(registry.holderOf(LUIS)).isEmpty();
    }

    @Test
    void anotherUserCannotCloseTheSession() {
        registry.claim(LUIS, SESSION);
        fixture.given(started())
                .when(new CloseSupportSessionCommand(SESSION, MARTA))
                .expectNoEvents()
                .expectException(ruleViolation(SupportSessionRuleViolation.NOT_OWNER,
                        "No tienes permisos para acceder a esta sesión de chat"));
        assertThat(registry.holderOf(LUIS)).contains(SESSION);
    }

    @Test
    void aGuestChatIsNoSupportSessionEvenWhenItsChatUserIdIsTheUsersId() {
        fixture.given(new ChatStartedEvent(SESSION, Channel.WEB_GUEST, AS_LUIS, "m-0", "Hola", Priority.LOW))
                .when(new CloseSupportSessionCommand(SESSION, LUIS))
                .expectNoEvents()
                .expectException(ruleViolation(SupportSessionRuleViolation.NOT_OWNER,
                        "No tienes permisos para acceder a esta sesión de chat"));
    }

    @Test
    void closingAClosedSessionAgainChangesNothing() {
        fixture.given(started(), new ChatClosedEvent(SESSION, null, ChatStatus.WAITING, null))
                .when(new CloseSupportSessionCommand(SESSION, LUIS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theUserMayCloseASessionAnAgentResolved() {
        fixture.given(started(), new ChatTakenEvent(SESSION, ANA), new ChatResolvedEvent(SESSION, ANA, ANA))
                .when(new CloseSupportSessionCommand(SESSION, LUIS))
                .expectEvents(new ChatClosedEvent(SESSION, ANA, ChatStatus.RESOLVED, null));
    }

    @Test
    void anAgentResolvingTheSessionFreesTheUsersClaim() {
        registry.claim(LUIS, SESSION);
        fixture.given(started(), new ChatTakenEvent(SESSION, ANA))
                .when(new ResolveChatCommand(SESSION, ANA))
                .expectEvents(new ChatResolvedEvent(SESSION, ANA, ANA));
        assertThat(registry.holderOf(LUIS)).isEmpty();
    }

    @Test
    void anAgentClosingTheWaitingSessionFreesTheUsersClaim() {
        registry.claim(LUIS, SESSION);
        fixture.given(started())
                .when(new CloseChatCommand(SESSION, ANA))
                .expectEvents(new ChatClosedEvent(SESSION, null, ChatStatus.WAITING, ANA));
        assertThat(registry.holderOf(LUIS)).isEmpty();
    }

    @Test
    void closingAGuestChatLeavesSupportClaimsAlone() {
        registry.claim(LUIS, SESSION);
        fixture.given(new ChatStartedEvent(SESSION, Channel.WEB_GUEST, AS_LUIS, "m-0", "Hola", Priority.LOW))
                .when(new CloseChatCommand(SESSION, ANA))
                .expectEvents(new ChatClosedEvent(SESSION, null, ChatStatus.WAITING, ANA));
        assertThat(registry.holderOf(LUIS)).contains(SESSION);
    }
}
