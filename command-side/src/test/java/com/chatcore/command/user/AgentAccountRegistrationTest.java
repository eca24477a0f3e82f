package com.chatcore.command.user;

import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.agent.RegisterAgentCommand;
import com.chatcore.api.agent.RegisteredAgent;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserRegisteredEvent;
import com.chatcore.command.agent.Agent;
import com.chatcore.command.agent.AgentIdAllocator;
import com.chatcore.command.agent.RecordingAgentWorkload;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.chatcore.command.Refusals.fieldError;
import static com.chatcore.command.user.UserRegistrationTest.BAD_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The User aggregate's handler of {@link RegisterAgentCommand}, which answers both new ids. The agent profile is created with
 * {@code AggregateLifecycle.createNew}, so the fixture gets a repository for {@link Agent} on an
 * event store of its own; the fixture itself only records the User's stream.
 */
class AgentAccountRegistrationTest {

    private static final String AT_LEAST_ONE = "Asegúrese de que este valor es mayor o igual a 1.";
    private static final String AT_MOST_100 = "Asegúrese de que este valor es menor o igual a 100.";

    private FixtureConfiguration<User> fixture;
    private InMemoryUserRegistry registry;
    private EmbeddedEventStore agentEvents;
    private final AtomicInteger agentIdsHandedOut = new AtomicInteger();
    private final RecordingAgentWorkload workload = new RecordingAgentWorkload();

    @BeforeEach
    void setUp() {
        registry = new InMemoryUserRegistry(3);
        agentEvents = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        Repository<Agent> agents = EventSourcingRepository.builder(Agent.class).eventStore(agentEvents).build();
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource((AgentIdAllocator) () -> 10 + agentIdsHandedOut.incrementAndGet());
        fixture.registerInjectableResource(workload);
        fixture.registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <A> Repository<A> repositoryFor(Class<A> aggregateType) {
                return aggregateType == Agent.class ? (Repository<A>) agents : null;
            }
        });
    }

    @AfterEach
    void tearDown() {
        agentEvents.shutDown();
    }

    private static RegisterAgentCommand agent(int maxConcurrentChats) {
        return new RegisterAgentCommand("eva", "eva@example.com", "hash", "Eva", "Ruiz", maxConcurrentChats, true,
                null, null);
    }

    private List<Object> agentStream(long agentId) {
        return agentEvents.readEvents("agent-" + agentId).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
    }

    @Test
    void registeringAnAgentOpensTheUserAccount() {
        fixture.givenNoPriorActivity()
                .when(agent(5))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UserRegisteredEvent(3, "eva", "eva@example.com", "hash", "Eva", "Ruiz", Role.AGENT));
    }

    @Test
    void registeringAnAgentCreatesItsAgentProfile() {
        fixture.givenNoPriorActivity()
                .when(agent(5))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new RegisteredAgent(3, 11));

        assertThat(agentStream(11)).containsExactly(
                new AgentRegisteredEvent(11, 3, "eva", "eva@example.com", "Eva", "Ruiz", 5, true, null, null));
    }

    @Test
    void theAgentProfileRecordsMissingNamesAsEmptyAndTheRequestedAvailability() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgentCommand("eva", "eva@example.com", "hash", null, null, 1, false, null, null))
                .expectEvents(new UserRegisteredEvent(3, "eva", "eva@example.com", "hash", "", "", Role.AGENT));

        assertThat(agentStream(11)).containsExactly(
                new AgentRegisteredEvent(11, 3, "eva", "eva@example.com", "", "", 1, false, null, null));
    }

    @Test
    void agentCapacityMayBe100() {
        fixture.givenNoPriorActivity()
                .when(agent(100))
                .expectSuccessfulHandlerExecution();

        assertThat(agentStream(11)).hasSize(1);
    }

    @Test
    void agentCapacityBelow1IsRefusedBeforeAnythingHappens() {
        fixture.givenNoPriorActivity()
                .when(agent(0))
                .expectException(fieldError("max_concurrent_chats", AT_LEAST_ONE))
                .expectNoEvents();

        assertThat(registry.calls()).isEmpty();
        assertThat(agentIdsHandedOut).hasValue(0);
    }

    @Test
    void agentCapacityAbove100IsRefusedBeforeAnythingHappens() {
        fixture.givenNoPriorActivity()
                .when(agent(101))
                .expectException(fieldError("max_concurrent_chats", AT_MOST_100))
                .expectNoEvents();

        assertThat(registry.calls()).isEmpty();
        assertThat(agentIdsHandedOut).hasValue(0);
    }

    @Test
    void anAgentWithAnInvalidAccountGetsNoProfile() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgentCommand("eva", "eva-at-example", "hash", "Eva", "Ruiz", 5, true, null, null))
                .expectException(fieldError("email", BAD_EMAIL))
                .expectNoEvents();

        assertThat(agentIdsHandedOut).hasValue(0);
        assertThat(agentStream(11)).isEmpty();
    }

    @Test
    void anAgentWithATakenUsernameGetsNoProfile() {
        registry.taken("EVA", "someone@example.com");

        fixture.givenNoPriorActivity()
                .when(agent(5))
                .expectException(fieldError("username", InMemoryUserRegistry.USERNAME_TAKEN))
                .expectNoEvents();

        assertThat(agentIdsHandedOut).hasValue(0);
        assertThat(agentStream(11)).isEmpty();
    }
}
