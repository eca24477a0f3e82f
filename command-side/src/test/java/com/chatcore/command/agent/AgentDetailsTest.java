package com.chatcore.command.agent;

import com.chatcore.api.agent.AgentDetailsChangedEvent;
import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.agent.ChangeAgentDetailsCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Employee id and department: null in a command leaves the field as it is. */
class AgentDetailsTest {

    private static final long ID = 4;
    private static final AgentRegisteredEvent REGISTERED = new AgentRegisteredEvent(ID, 9, "eva", "eva@example.com",
            "Eva", "Ruiz", 5, true, "E-1", "Ventas");

    private FixtureConfiguration<Agent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agent.class);
        fixture.registerInjectableResource(new RecordingAgentWorkload().agent(ID, 5, 0));
    }

    @Test
    void changingBothFields() {
        fixture.given(REGISTERED)
                .when(new ChangeAgentDetailsCommand(ID, "E-2", "Soporte"))
                .expectEvents(new AgentDetailsChangedEvent(ID, "E-2", "Soporte"));
    }

    @Test
    void anAbsentFieldKeepsItsValue() {
        fixture.given(REGISTERED)
                .when(new ChangeAgentDetailsCommand(ID, null, "Soporte"))
                .expectEvents(new AgentDetailsChangedEvent(ID, "E-1", "Soporte"));
    }

    @Test
    void theLatestChangeCounts() {
        fixture.given(REGISTERED, new AgentDetailsChangedEvent(ID, "E-2", "Soporte"))
                .when(new ChangeAgentDetailsCommand(ID, "E-3", null))
                .expectEvents(new AgentDetailsChangedEvent(ID, "E-3", "Soporte"));
    }

    @Test
    void noChangeNoEvent() {
        fixture.given(REGISTERED)
                .when(new ChangeAgentDetailsCommand(ID, "E-1", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void olderRegistrationsHaveNoDetails() {
        fixture.given(new AgentRegisteredEvent(ID, 9, "eva", "eva@example.com", "Eva", "Ruiz", 5, true, null, null))
                .when(new ChangeAgentDetailsCommand(ID, null, "Ventas"))
                .expectEvents(new AgentDetailsChangedEvent(ID, null, "Ventas"));
    }
}
