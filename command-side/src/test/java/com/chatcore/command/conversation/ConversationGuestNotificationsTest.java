package com.chatcore.command.conversation;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.notification.GuestNotificationsReadEvent;
import com.chatcore.api.notification.MarkGuestNotificationsReadCommand;
import com.chatcore.command.agent.AgentWorkload;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.mockito.Mockito.mock;

class ConversationGuestNotificationsTest {

    private static final String ROOM = "3f1c2a6e-0000-4000-8000-000000000001";
    private static final ChatStartedEvent STARTED = new ChatStartedEvent(ROOM, Channel.WEB_GUEST,
            new ChatUser(1, "Ana Pérez", "ana@example.com", "+34600000000"), "m1", "Hola", Priority.LOW);

    private AggregateTestFixture<Conversation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conversation.class);
        fixture.registerInjectableResource(mock(AgentWorkload.class));
        fixture.registerInjectableResource(new InMemorySupportSessionRegistry());
    }

    @Test
    void guestMarkingNotificationsReadRecordsExactlyTheGivenIds() {
        fixture.given(STARTED, new ChatTakenEvent(ROOM, 4))
                .when(new MarkGuestNotificationsReadCommand(ROOM, List.of("n1", "n2")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GuestNotificationsReadEvent(ROOM, List.of("n1", "n2")));
    }

    @Test
    void guestMayMarkNotificationsReadAfterTheChatIsResolved() {
        fixture.given(STARTED, new ChatTakenEvent(ROOM, 4), new ChatResolvedEvent(ROOM, 4L, 4L))
                .when(new MarkGuestNotificationsReadCommand(ROOM, List.of("n3")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GuestNotificationsReadEvent(ROOM, List.of("n3")));
    }

    @Test
    void guestMarkingNoNotificationsChangesNothing() {
        fixture.given(STARTED)
                .when(new MarkGuestNotificationsReadCommand(ROOM, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
