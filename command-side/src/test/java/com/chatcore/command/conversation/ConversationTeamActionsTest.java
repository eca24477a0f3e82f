package com.chatcore.command.conversation;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.CloseChatCommand;
import com.chatcore.api.conversation.NotAssignedAgentException;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.api.conversation.UnassignAgentCommand;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.command.agent.RecordingAgentWorkload;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A waiting chat is the whole team's: any agent may resolve or close it (from the inbox, as the public
 * seed-003 client does), and an agent may give up a chat it holds. Each event names the agent who acted.
 */
class ConversationTeamActionsTest {

    private static final String CHAT = "3f1c2a9e-0000-4000-8000-000000000002";
    private static final long ANA = 7;
    private static final long BEA = 8;

    private FixtureConfiguration<Conversation> fixture;
    private RecordingAgentWorkload workload;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conversation.class);
        workload = new RecordingAgentWorkload().agent(ANA, 2, 0).agent(BEA, 2, 0);
        fixture.registerInjectableResource(workload);
        fixture.registerInjectableResource(new InMemorySupportSessionRegistry());
    }

    private static ChatStartedEvent started() {
        return new ChatStartedEvent(CHAT, Channel.WEB_GUEST, new ChatUser(1, "Ana Pérez", "ana@example.com",
                "+34600000000"), "m-0", "Hola", Priority.LOW);
    }

    @Test
    void anyAgentResolvesAWaitingChat() {
        fixture.given(started())
                .when(new ResolveChatCommand(CHAT, BEA))
                .expectEvents(new ChatResolvedEvent(CHAT, null, BEA));
        assertThat(workload.calls()).isEmpty();
    }

    @Test
    void aSuperuserResolvesAWaitingChat() {
        fixture.given(started())
                .when(new ResolveChatCommand(CHAT, null))
                .expectEvents(new ChatResolvedEvent(CHAT, null, null));
    }

    @Test
    void aChatResolvedWhileWaitingCannotBeTakenAnyMore() {
        fixture.given(started(), new ChatResolvedEvent(CHAT, null, BEA))
                .when(new TakeChatCommand(CHAT, ANA))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Este chat ya no está en espera")
                .expectNoEvents();
    }

    @Test
    void aClosedChatCannotBeResolved() {
        fixture.given(started(), new ChatClosedEvent(CHAT, null, ChatStatus.WAITING, BEA))
                .when(new ResolveChatCommand(CHAT, ANA))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Este chat no está activo")
                .expectNoEvents();
    }

    @Test
    void anyAgentClosesAWaitingChat() {
        fixture.given(started())
                .when(new CloseChatCommand(CHAT, BEA))
                .expectEvents(new ChatClosedEvent(CHAT, null, ChatStatus.WAITING, BEA));
        assertThat(workload.calls()).isEmpty();
    }

    @Test
    void anyAgentClosesAChatResolvedWhileWaiting() {
        fixture.given(started(), new ChatResolvedEvent(CHAT, null, ANA))
                .when(new CloseChatCommand(CHAT, BEA))
                .expectEvents(new ChatClosedEvent(CHAT, null, ChatStatus.RESOLVED, BEA));
    }

    @Test
    void aChatBackInTheQueueIsTheTeamsAgain() {
        fixture.given(started(), new ChatTakenEvent(CHAT, ANA), new ChatUnassignedEvent(CHAT, ANA, ANA))
                .when(new CloseChatCommand(CHAT, BEA))
                .expectEvents(new ChatClosedEvent(CHAT, null, ChatStatus.WAITING, BEA));
    }

    @Test
    void theHolderGivesUpItsChat() {
        fixture.given(started(), new ChatTakenEvent(CHAT, ANA))
                .when(new UnassignAgentCommand(CHAT, ANA))
                .expectEvents(new ChatUnassignedEvent(CHAT, ANA, ANA));
        assertThat(workload.calls()).containsExactly("release " + ANA);
    }

    @Test
    void anotherAgentCannotUnassignTheHolder() {
        fixture.given(started(), new ChatTakenEvent(CHAT, ANA))
                .when(new UnassignAgentCommand(CHAT, BEA))
                .expectException(NotAssignedAgentException.class)
                .expectNoEvents();
        assertThat(workload.calls()).isEmpty();
    }
}
