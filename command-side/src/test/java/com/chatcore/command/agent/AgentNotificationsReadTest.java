package com.chatcore.command.agent;

import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.notification.AgentNotificationsReadEvent;
import com.chatcore.api.notification.MarkAgentNotificationsReadCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.mockito.Mockito.mock;

class AgentNotificationsReadTest {

    private static final AgentRegisteredEvent REGISTERED = new AgentRegisteredEvent(7, 11, "ana", "ana@example.com",
            "Ana", "Pérez", 5, true, null, null);

    private AggregateTestFixture<Agent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agent.class);
        fixture.registerInjectableResource(mock(AgentWorkload.class));
    }

    @Test
    void markingNotificationsReadRecordsExactlyTheGivenIds() {
        fixture.given(REGISTERED)
                .when(new MarkAgentNotificationsReadCommand(7, List.of("n1", "n2")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AgentNotificationsReadEvent(7, List.of("n1", "n2")));
    }

    @Test
    void markingNoNotificationsChangesNothing() {
        fixture.given(REGISTERED)
                .when(new MarkAgentNotificationsReadCommand(7, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
