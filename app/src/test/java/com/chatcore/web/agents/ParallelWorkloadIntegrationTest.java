package com.chatcore.web.agents;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByIdQuery;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.api.conversation.TransferChatCommand;
import com.chatcore.api.conversation.UnassignAgentCommand;
import com.chatcore.support.GuestChats;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent's {@code current_active_chats} stays exact while chats in every projection segment take,
 * release and transfer in parallel, and after the projection is replayed.
 */
class ParallelWorkloadIntegrationTest extends IntegrationTest {

    private static final int AGENTS = 8;
    private static final int ROOMS = 200;
    private static final int OPERATIONS_PER_ROOM = 5;
    private static final int THREADS = 16;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private ReadYourWrites readYourWrites;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void activeChatsStayExactUnderParallelTakesReleasesAndTransfers() throws Exception {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = 'livechat'",
                Integer.class)).as("segments of the livechat projection").isGreaterThan(1);
        List<Long> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(accounts.createAgent(unique("pw_agent"), 50).get("id").asLong());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger operations = new AtomicInteger();
        Map<String, Long> holders;
        try {
            List<String> rooms = inParallel(pool, IntStream.range(0, ROOMS).boxed().toList(),
                    i -> GuestChats.open(commands, readYourWrites, "Guest " + i, "guest@example.com", "+34600000000",
                            "Hola").room().id());
            // Each room's operations run in order (its holder is known); rooms run in parallel.
            List<Long> finalHolders = inParallel(pool, rooms, room -> operate(room, agents, operations));
            holders = new HashMap<>();
            for (int i = 0; i < rooms.size(); i++) {
                holders.put(rooms.get(i), finalHolders.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(operations.get()).isEqualTo(ROOMS * OPERATIONS_PER_ROOM);

        awaitExact(agents, holders);

        StreamingEventProcessor livechat = processing.eventProcessor("livechat", StreamingEventProcessor.class)
                .orElseThrow();
        livechat.shutDown();
        livechat.resetTokens();
        livechat.start();
        awaitExact(agents, holders);
    }

    /** Takes, then transfers, releases or takes again at random; answers who holds the room at the end. */
    private Long operate(String room, List<Long> agents, AtomicInteger operations) {
        Random random = new Random(room.hashCode());
        Long holder = null;
        for (int step = 0; step < OPERATIONS_PER_ROOM; step++) {
            long other = agents.get(random.nextInt(agents.size()));
            Object command;
            Long next;
            if (holder == null) {
                command = new TakeChatCommand(room, other);
                next = other;
            } else if (random.nextBoolean() && other != holder) {
                command = new TransferChatCommand(room, other, holder);
                next = other;
            } else {
                command = new UnassignAgentCommand(room, holder);
                next = null;
            }
            commands.sendAndWait(command);
            holder = next;
            operations.incrementAndGet();
        }
        return holder;
    }

    /** Every agent's count equals the rooms it holds, and the rooms the read model shows active with it. */
    private void awaitExact(List<Long> agents, Map<String, Long> holders) {
        Map<Long, Integer> expected = new HashMap<>();
        agents.forEach(agent -> expected.put(agent, 0));
        holders.values().stream().filter(Objects::nonNull).forEach(agent -> expected.merge(agent, 1, Integer::sum));
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                // During the replay, rooms and agents are missing until their events come again.
                .ignoreExceptions().untilAsserted(() -> {
            Map<Long, Integer> shownActive = new HashMap<>();
            agents.forEach(agent -> shownActive.put(agent, 0));
            for (Map.Entry<String, Long> room : holders.entrySet()) {
                ChatRoomView view = queries.query(new FindChatRoomQuery(room.getKey()),
                        ResponseTypes.optionalInstanceOf(ChatRoomView.class)).join().orElseThrow();
                assertThat(view.agent() == null ? null : view.agent().id()).isEqualTo(room.getValue());
                if (view.status() == ChatStatus.ACTIVE) {
                    shownActive.merge(view.agent().id(), 1, Integer::sum);
                }
            }
            Map<Long, Integer> counted = new HashMap<>();
            for (long agent : agents) {
                counted.put(agent, queries.query(new FindAgentByIdQuery(agent),
                        ResponseTypes.optionalInstanceOf(AgentView.class)).join().orElseThrow().currentActiveChats());
            }
            assertThat(shownActive).isEqualTo(expected);
            assertThat(counted).isEqualTo(expected);
        });
    }

    private static <T, R> List<R> inParallel(ExecutorService pool, List<T> inputs, Function<T, R> task) {
        List<CompletableFuture<R>> futures = inputs.stream()
                .map(input -> CompletableFuture.supplyAsync(() -> task.apply(input), pool))
                .toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
