package com.chatcore.command.conversation;

import com.chatcore.api.conversation.AssignAgentCommand;
import com.chatcore.api.conversation.ChangeChatPriorityCommand;
import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatPriorityChangedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.CloseChatCommand;
import com.chatcore.api.conversation.MarkMessagesReadCommand;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.MessagesReadEvent;
import com.chatcore.api.conversation.NotAssignedAgentException;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.Reader;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.api.conversation.TransferChatCommand;
import com.chatcore.api.conversation.UnassignAgentCommand;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.command.agent.RecordingAgentWorkload;
import com.chatcore.command.agent.UnknownAgentException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationTest {

    private static final String CHAT = "3f1c2a9e-0000-4000-8000-000000000001";
    private static final String FIRST_MESSAGE = "m-0";
    private static final long ANA = 7;
    private static final long BEA = 8;
    private static final long CARLOS = 9;
    private static final long UNKNOWN = 404;

    private static final String AT_CAPACITY = "No puedes tomar más chats en este momento";
    private static final String TARGET_AT_CAPACITY = "El agente no puede tomar más chats en este momento";
    private static final String NOT_WAITING = "Este chat ya no está en espera";
    private static final String NOT_ACTIVE = "Este chat no está activo";
    private static final String FINISHED = "No se pueden enviar mensajes a un chat resuelto o cerrado";
    private static final String ALREADY_CLOSED = "Este chat ya está cerrado";
    private static final String SAME_AGENT = "El chat ya está asignado a este agente";

    private FixtureConfiguration<Conversation> fixture;
    private RecordingAgentWorkload workload;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conversation.class);
        workload = new RecordingAgentWorkload().agent(ANA, 2, 0).agent(BEA, 2, 0).agent(CARLOS, 1, 1);
        fixture.registerInjectableResource(workload);
        fixture.registerInjectableResource(new InMemorySupportSessionRegistry());
    }

    private static ChatStartedEvent started() {
        return new ChatStartedEvent(CHAT, Channel.WEB_GUEST, new ChatUser(1, "Ana Pérez", "ana@example.com",
                "+34600000000"), FIRST_MESSAGE, "Hola", Priority.LOW);
    }

    private static ChatTakenEvent takenBy(long agentId) {
        return new ChatTakenEvent(CHAT, agentId);
    }

    private static MessageSentEvent customerSaid(String messageId) {
        return new MessageSentEvent(CHAT, messageId, SenderType.USER, null, "¿Hola?", "text");
    }

    private static MessageSentEvent agentSaid(String messageId, long agentId) {
        return new MessageSentEvent(CHAT, messageId, SenderType.AGENT, agentId, "Dime", "text");
    }

    private static void expectRefused(ResultValidator<Conversation> result, String message) {
        result.expectException(RuleViolationException.class)
                .expectExceptionMessage(message)
                .expectNoEvents();
    }

    private void expectWorkloadCalls(String... calls) {
        assertThat(workload.calls()).containsExactly(calls);
    }

    @Test
    void aRepeatedSendOfAStoredMessageStoresNothing() {
        fixture.given(started(), customerSaid("m-1"))
                .when(new SendMessageCommand(CHAT, "m-1", SenderType.USER, null, "¿Hola?", "text"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRepeatedSendIsAnsweredAsDoneEvenAfterTheChatClosed() {
        fixture.given(started(), customerSaid("m-1"), new ChatClosedEvent(CHAT, null, ChatStatus.WAITING, null))
                .when(new SendMessageCommand(CHAT, "m-1", SenderType.USER, null, "¿Hola?", "text"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSendOlderThanTheRememberedMessagesIsStoredAgain() {
        List<Object> history = new ArrayList<>(List.of(started(), customerSaid("m-old")));
        for (int i = 0; i < Conversation.RECENT_MESSAGES; i++) {
            history.add(customerSaid("m-" + i));
        }
        fixture.given(history)
                .when(new SendMessageCommand(CHAT, "m-old", SenderType.USER, null, "¿Hola?", "text"))
                .expectEvents(customerSaid("m-old"));
    }

    @Test
    void anAgentTakesAWaitingChat() {
        fixture.given(started())
                .when(new TakeChatCommand(CHAT, ANA))
                .expectEvents(takenBy(ANA));
        expectWorkloadCalls("reserve " + ANA);
    }

    @Test
    void aChatAlreadyTakenCannotBeTaken() {
        expectRefused(fixture.given(started(), takenBy(ANA)).when(new TakeChatCommand(CHAT, BEA)), NOT_WAITING);
        expectWorkloadCalls();
    }

    @Test
    void aResolvedChatCannotBeTaken() {
        expectRefused(fixture.given(started(), takenBy(ANA), new ChatResolvedEvent(CHAT, ANA, ANA))
                .when(new TakeChatCommand(CHAT, BEA)), NOT_WAITING);
    }

    @Test
    void cannotTakeChatBeyondCapacity() {
        expectRefused(fixture.given(started()).when(new TakeChatCommand(CHAT, CARLOS)), AT_CAPACITY);
    }

    @Test
    void anUnassignedChatCanBeTakenAgain() {
        fixture.given(started(), takenBy(ANA), new ChatUnassignedEvent(CHAT, ANA, null))
                .when(new TakeChatCommand(CHAT, BEA))
                .expectEvents(takenBy(BEA));
    }

    @Test
    void aSuperuserAssignsAWaitingChat() {
        fixture.given(started())
                .when(new AssignAgentCommand(CHAT, BEA))
                .expectEvents(new ChatAssignedEvent(CHAT, BEA, null));
        expectWorkloadCalls("reserve " + BEA);
    }

    @Test
    void reassigningAnActiveChatMovesItBetweenWorkloads() {
        fixture.given(started(), takenBy(ANA))
                .when(new AssignAgentCommand(CHAT, BEA))
                .expectEvents(new ChatAssignedEvent(CHAT, BEA, ANA));
        expectWorkloadCalls("reserve " + BEA, "release " + ANA);
    }

    @Test
    void assigningToTheAgentWhoHoldsTheChatIsRefused() {
        expectRefused(fixture.given(started(), takenBy(ANA)).when(new AssignAgentCommand(CHAT, ANA)), SAME_AGENT);
        expectWorkloadCalls();
    }

    @Test
    void finishedChatsCannotBeAssigned() {
        expectRefused(fixture.given(started(), takenBy(ANA), new ChatResolvedEvent(CHAT, ANA, ANA))
                .when(new AssignAgentCommand(CHAT, BEA)), NOT_ACTIVE);
        expectWorkloadCalls();
    }

    @Test
    void cannotAssignBeyondTheTargetsCapacity() {
        expectRefused(fixture.given(started(), takenBy(ANA)).when(new AssignAgentCommand(CHAT, CARLOS)),
                TARGET_AT_CAPACITY);
        expectWorkloadCalls("reserve " + CARLOS);
    }

    @Test
    void assigningToAnUnknownAgentIsAnAgentIdError() {
        fixture.given(started())
                .when(new AssignAgentCommand(CHAT, UNKNOWN))
                .expectException(UnknownAgentException.class)
                .expectNoEvents();
    }

    @Test
    void theHolderTransfersAnActiveChat() {
        fixture.given(started(), takenBy(ANA))
                .when(new TransferChatCommand(CHAT, BEA, ANA))
                .expectEvents(new ChatTransferredEvent(CHAT, ANA, BEA));
        expectWorkloadCalls("reserve " + BEA, "release " + ANA);
    }

    @Test
    void aSuperuserTransfersAnyActiveChat() {
        fixture.given(started(), takenBy(ANA))
                .when(new TransferChatCommand(CHAT, BEA, null))
                .expectEvents(new ChatTransferredEvent(CHAT, ANA, BEA));
    }

    @Test
    void onlyTheHolderTransfers() {
        fixture.given(started(), takenBy(ANA))
                .when(new TransferChatCommand(CHAT, CARLOS, BEA))
                .expectException(NotAssignedAgentException.class)
                .expectNoEvents();
        expectWorkloadCalls();
    }

    @Test
    void transferringToTheHolderIsRefused() {
        expectRefused(fixture.given(started(), takenBy(ANA)).when(new TransferChatCommand(CHAT, ANA, ANA)),
                SAME_AGENT);
    }

    @Test
    void waitingChatsCannotBeTransferred() {
        expectRefused(fixture.given(started()).when(new TransferChatCommand(CHAT, BEA, null)), NOT_ACTIVE);
    }

    @Test
    void cannotTransferBeyondTheTargetsCapacity() {
        expectRefused(fixture.given(started(), takenBy(ANA)).when(new TransferChatCommand(CHAT, CARLOS, ANA)),
                TARGET_AT_CAPACITY);
        expectWorkloadCalls("reserve " + CARLOS);
    }

    @Test
    void unassigningPutsTheChatBackInTheQueue() {
        fixture.given(started(), takenBy(ANA))
                .when(new UnassignAgentCommand(CHAT, null))
                .expectEvents(new ChatUnassignedEvent(CHAT, ANA, null));
        expectWorkloadCalls("release " + ANA);
    }

    @Test
    void onlyActiveChatsCanBeUnassigned() {
        expectRefused(fixture.given(started()).when(new UnassignAgentCommand(CHAT, null)), NOT_ACTIVE);
        expectWorkloadCalls();
    }

    @Test
    void theHolderResolvesTheChat() {
        fixture.given(started(), takenBy(ANA))
                .when(new ResolveChatCommand(CHAT, ANA))
                .expectEvents(new ChatResolvedEvent(CHAT, ANA, ANA));
        expectWorkloadCalls("release " + ANA);
    }

    @Test
    void aSuperuserResolvesAnyActiveChat() {
        fixture.given(started(), takenBy(ANA))
                .when(new ResolveChatCommand(CHAT, null))
                .expectEvents(new ChatResolvedEvent(CHAT, ANA, null));
        expectWorkloadCalls("release " + ANA);
    }

    @Test
    void anotherAgentCannotResolve() {
        fixture.given(started(), takenBy(ANA))
                .when(new ResolveChatCommand(CHAT, BEA))
                .expectException(NotAssignedAgentException.class)
                .expectNoEvents();
        expectWorkloadCalls();
    }

    @Test
    void aResolvedChatCannotBeResolvedAgain() {
        expectRefused(fixture.given(started(), takenBy(ANA), new ChatResolvedEvent(CHAT, ANA, ANA))
                .when(new ResolveChatCommand(CHAT, ANA)), NOT_ACTIVE);
        expectWorkloadCalls();
    }

    @Test
    void closingAnActiveChatFreesItsAgent() {
        fixture.given(started(), takenBy(ANA))
                .when(new CloseChatCommand(CHAT, ANA))
                .expectEvents(new ChatClosedEvent(CHAT, ANA, ChatStatus.ACTIVE, ANA));
        expectWorkloadCalls("release " + ANA);
    }

    @Test
    void closingAResolvedChatFreesNobodyTwice() {
        fixture.given(started(), takenBy(ANA), new ChatResolvedEvent(CHAT, ANA, ANA))
                .when(new CloseChatCommand(CHAT, ANA))
                .expectEvents(new ChatClosedEvent(CHAT, ANA, ChatStatus.RESOLVED, ANA));
        expectWorkloadCalls();
    }

    @Test
    void aSuperuserClosesAWaitingChat() {
        fixture.given(started())
                .when(new CloseChatCommand(CHAT, null))
                .expectEvents(new ChatClosedEvent(CHAT, null, ChatStatus.WAITING, null));
        expectWorkloadCalls();
    }

    @Test
    void anAgentCannotCloseAChatTheyDoNotHold() {
        fixture.given(started(), takenBy(ANA))
                .when(new CloseChatCommand(CHAT, BEA))
                .expectException(NotAssignedAgentException.class)
                .expectNoEvents();
        expectWorkloadCalls();
    }

    @Test
    void aClosedChatCannotBeClosedAgain() {
        expectRefused(fixture.given(started(), new ChatClosedEvent(CHAT, null, ChatStatus.WAITING, null))
                .when(new CloseChatCommand(CHAT, null)), ALREADY_CLOSED);
    }

    @Test
    void theCustomerWritesInAWaitingChat() {
        fixture.given(started())
                .when(new SendMessageCommand(CHAT, "m-1", SenderType.USER, null, "¿Hola?", "text"))
                .expectEvents(customerSaid("m-1"));
    }

    @Test
    void theHolderWritesAsAgent() {
        fixture.given(started(), takenBy(ANA))
                .when(new SendMessageCommand(CHAT, "a-1", SenderType.AGENT, ANA, "Dime", "text"))
                .expectEvents(agentSaid("a-1", ANA));
    }

    @Test
    void anotherAgentCannotWriteInTheChat() {
        fixture.given(started(), takenBy(ANA))
                .when(new SendMessageCommand(CHAT, "a-1", SenderType.AGENT, BEA, "Dime", "text"))
                .expectException(NotAssignedAgentException.class)
                .expectNoEvents();
    }

    @Test
    void noAgentWritesInAWaitingChat() {
        fixture.given(started())
                .when(new SendMessageCommand(CHAT, "a-1", SenderType.AGENT, ANA, "Dime", "text"))
                .expectException(NotAssignedAgentException.class)
                .expectNoEvents();
    }

    @Test
    void noMessagesIntoAResolvedChat() {
        expectRefused(fixture.given(started(), takenBy(ANA), new ChatResolvedEvent(CHAT, ANA, ANA))
                .when(new SendMessageCommand(CHAT, "m-1", SenderType.USER, null, "¿Hola?", "text")), FINISHED);
    }

    @Test
    void noMessagesIntoAClosedChat() {
        expectRefused(fixture.given(started(), takenBy(ANA), new ChatClosedEvent(CHAT, ANA, ChatStatus.ACTIVE, ANA))
                .when(new SendMessageCommand(CHAT, "a-1", SenderType.AGENT, ANA, "Dime", "text")), FINISHED);
    }

    @Test
    void markingReadCountsAndEmitsOnlyUnreadMessagesOfTheOtherSide() {
        fixture.given(started(), takenBy(ANA), customerSaid("m-1"), agentSaid("a-1", ANA))
                .when(new MarkMessagesReadCommand(CHAT, Reader.AGENT,
                        List.of("m-1", "a-1", FIRST_MESSAGE, "m-1", "nope")))
                .expectEvents(new MessagesReadEvent(CHAT, Reader.AGENT, List.of("m-1", FIRST_MESSAGE)))
                .expectResultMessagePayload(2);
    }

    @Test
    void markingTheWholeChatReadCoversEveryUnreadMessage() {
        fixture.given(started(), takenBy(ANA), customerSaid("m-1"), agentSaid("a-1", ANA))
                .when(new MarkMessagesReadCommand(CHAT, Reader.AGENT, null))
                .expectEvents(new MessagesReadEvent(CHAT, Reader.AGENT, List.of(FIRST_MESSAGE, "m-1")))
                .expectResultMessagePayload(2);
    }

    @Test
    void theCustomerReadsTheAgentsMessages() {
        fixture.given(started(), takenBy(ANA), customerSaid("m-1"), agentSaid("a-1", ANA))
                .when(new MarkMessagesReadCommand(CHAT, Reader.USER, null))
                .expectEvents(new MessagesReadEvent(CHAT, Reader.USER, List.of("a-1")))
                .expectResultMessagePayload(1);
    }

    @Test
    void messagesAlreadyReadAreNotReadAgain() {
        fixture.given(started(), new MessagesReadEvent(CHAT, Reader.AGENT, List.of(FIRST_MESSAGE)))
                .when(new MarkMessagesReadCommand(CHAT, Reader.AGENT, List.of(FIRST_MESSAGE)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0);
    }

    @Test
    void aWaitingChatsPriorityChanges() {
        fixture.given(started())
                .when(new ChangeChatPriorityCommand(CHAT, Priority.HIGH))
                .expectEvents(new ChatPriorityChangedEvent(CHAT, Priority.HIGH));
    }

    @Test
    void settingTheSamePriorityAgainChangesNothing() {
        fixture.given(started(), new ChatPriorityChangedEvent(CHAT, Priority.HIGH))
                .when(new ChangeChatPriorityCommand(CHAT, Priority.HIGH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theStartingPriorityCanBePinned() {
        fixture.given(started())
                .when(new ChangeChatPriorityCommand(CHAT, Priority.LOW))
                .expectEvents(new ChatPriorityChangedEvent(CHAT, Priority.LOW));
    }

    @Test
    void onlyWaitingChatsChangePriority() {
        expectRefused(fixture.given(started(), takenBy(ANA)).when(new ChangeChatPriorityCommand(CHAT, Priority.HIGH)),
                NOT_WAITING);
    }
}
