package com.chatcore.command.agent;

import com.chatcore.api.agent.AgentAvailabilityChangedEvent;
import com.chatcore.api.agent.AgentCapacityChangedEvent;
import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.agent.AgentRetiredEvent;
import com.chatcore.api.agent.ChangeAgentSettingsCommand;
import com.chatcore.api.agent.RetireAgentCommand;
import com.chatcore.api.error.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.chatcore.command.Refusals.fieldError;
import static org.assertj.core.api.Assertions.assertThat;

class AgentTest {

    private static final long ID = 4;
    private static final String AT_LEAST_ONE = "Asegúrese de que este valor es mayor o igual a 1.";
    private static final String AT_MOST_100 = "Asegúrese de que este valor es menor o igual a 100.";

    private FixtureConfiguration<Agent> fixture;
    private RecordingAgentWorkload workload;

    @BeforeEach
    void setUp() {
        workload = new RecordingAgentWorkload().agent(ID, 5, 0);
        fixture = new AggregateTestFixture<>(Agent.class);
        fixture.registerInjectableResource(workload);
    }

    private static AgentRegisteredEvent registered(int maxConcurrentChats, boolean available) {
        return new AgentRegisteredEvent(ID, 9, "eva", "eva@example.com", "Eva", "Ruiz", maxConcurrentChats, available,
                null, null);
    }

    @Test
    void creatingAnAgentEmitsAgentRegistered() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Agent(registered(5, true), workload))
                .expectEvents(registered(5, true));
    }

    @Test
    void agentCapacityMustBeAtLeast1() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Agent(registered(0, true), workload))
                .expectException(fieldError("max_concurrent_chats", AT_LEAST_ONE))
                .expectNoEvents();
    }

    @Test
    void agentCapacityMustBeAtMost100() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Agent(registered(101, true), workload))
                .expectException(fieldError("max_concurrent_chats", AT_MOST_100))
                .expectNoEvents();
    }

    @Test
    void agentCapacityMayBe1() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Agent(registered(1, true), workload))
                .expectEvents(registered(1, true));
    }

    @Test
    void agentCapacityMayBe100() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Agent(registered(100, false), workload))
                .expectEvents(registered(100, false));
    }

    @Test
    void changingAvailabilityEmitsEventOnlyWhenItChanges() {
        fixture.given(registered(5, true))
                .when(new ChangeAgentSettingsCommand(ID, true, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void goingUnavailableEmitsAgentAvailabilityChanged() {
        fixture.given(registered(5, true))
                .when(new ChangeAgentSettingsCommand(ID, false, null))
                .expectEvents(new AgentAvailabilityChangedEvent(ID, false));
    }

    @Test
    void availabilityIsComparedWithTheLatestChange() {
        fixture.given(registered(5, true), new AgentAvailabilityChangedEvent(ID, false))
                .when(new ChangeAgentSettingsCommand(ID, false, null))
                .expectNoEvents();
    }

    @Test
    void changingCapacityEmitsAgentCapacityChanged() {
        fixture.given(registered(5, true))
                .when(new ChangeAgentSettingsCommand(ID, null, 8))
                .expectEvents(new AgentCapacityChangedEvent(ID, 8));
    }

    @Test
    void changingCapacityMovesTheWorkloadLimitToo() {
        fixture.given(registered(5, true))
                .when(new ChangeAgentSettingsCommand(ID, null, 8))
                .expectSuccessfulHandlerExecution();
        assertThat(workload.calls()).containsExactly("capacity " + ID + " 8");
    }

    @Test
    void creatingAnAgentRegistersItsWorkload() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Agent(registered(7, true), workload))
                .expectSuccessfulHandlerExecution();
        assertThat(workload.calls()).containsExactly("register " + ID + " 7");
    }

    @Test
    void changingCapacityEmitsEventOnlyWhenItChanges() {
        fixture.given(registered(5, true), new AgentCapacityChangedEvent(ID, 8))
                .when(new ChangeAgentSettingsCommand(ID, null, 8))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changingBothEmitsAvailabilityThenCapacity() {
        fixture.given(registered(5, true))
                .when(new ChangeAgentSettingsCommand(ID, false, 100))
                .expectEvents(new AgentAvailabilityChangedEvent(ID, false), new AgentCapacityChangedEvent(ID, 100));
    }

    @Test
    void settingsLeftOutStayAsTheyAre() {
        fixture.given(registered(5, true))
                .when(new ChangeAgentSettingsCommand(ID, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changedCapacityMustBeAtLeast1() {
        fixture.given(registered(5, true))
                .when(new ChangeAgentSettingsCommand(ID, null, 0))
                .expectException(fieldError("max_concurrent_chats", AT_LEAST_ONE))
                .expectNoEvents();
    }

    @Test
    void aRefusedCapacityAlsoDropsTheAvailabilityChange() {
        fixture.given(registered(5, true))
                .when(new ChangeAgentSettingsCommand(ID, false, 101))
                .expectException(fieldError("max_concurrent_chats", AT_MOST_100))
                .expectNoEvents();
    }

    @Test
    void retiringAnAvailableAgentMakesItUnavailableAndEmptiesItsCapacity() {
        fixture.given(registered(5, true))
                .when(new RetireAgentCommand(ID))
                .expectEvents(new AgentAvailabilityChangedEvent(ID, false), new AgentRetiredEvent(ID));
        assertThat(workload.calls()).containsExactly("capacity " + ID + " 0");
    }

    @Test
    void retiringTwiceChangesNothing() {
        fixture.given(registered(5, false), new AgentRetiredEvent(ID))
                .when(new RetireAgentCommand(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRetiredAgentsSettingsCannotChange() {
        fixture.given(registered(5, false), new AgentRetiredEvent(ID))
                .when(new ChangeAgentSettingsCommand(ID, true, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("La cuenta está desactivada.")
                .expectNoEvents();
    }
}
