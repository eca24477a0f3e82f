package com.chatcore.assignment;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ApiContractCheck;
import com.chatcore.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic assignment switched on, in a context of its own: who gets a waiting chat, a chat that waits for
 * a free place, and a race against agents taking chats by hand. Guest keys are the room ids here, so a test
 * knows each chat's room from the guest's answer. Each test's agents go unavailable after it, so they take
 * nothing from the next test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.bootstrap-superuser.username=" + IntegrationTest.SUPERUSER,
        "chat.bootstrap-superuser.password=" + IntegrationTest.SUPERUSER_PASSWORD,
        "chat.jwt.secret=" + IntegrationTest.JWT_SECRET,
        "chat.guest.max-chats-per-hour-per-ip=1000000",
        "chat.guest.max-sessions-per-hour-per-ip=1000000",
        "chat.embedded-database.durable=false",
        "chat.projections.segments=2",
        "chat.guest-keys.shared=true",
        "chat.auto-assign.enabled=true",
        "chat.auto-assign.sweep-interval=1s"
})
@ExtendWith(ApiContractCheck.class)
class AutoAssignmentIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @LocalServerPort
    private int port;

    private ApiClient api;
    private Accounts accounts;
    private String root;
    private final List<Agent> agents = new ArrayList<>();

    private record Agent(long id, String token) {
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "auto-assign-" + UUID.randomUUID()).toString());
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        accounts = new Accounts(api);
        root = accounts.superuserToken();
    }

    @AfterEach
    void agentsGoAway() {
        agents.forEach(agent -> setAvailable(agent, false));
    }

    @Test
    void aWaitingChatGoesToTheLeastBusyAvailableAgentAsTheSystem() {
        Agent first = newAgent(3);
        Agent second = newAgent(3);
        Agent away = newAgent(3);
        setAvailable(away, false);

        String one = openChat();
        awaitHeldBy(one, first);
        awaitActiveChats(first, 1);
        String two = openChat();
        awaitHeldBy(two, second);
        awaitActiveChats(second, 1);
        String three = openChat();
        awaitHeldBy(three, first);

        assertThat(myChats(away)).isEmpty();
        JsonNode events = api.get("/api/audit/conversations/" + one + "/events", root).json().get("results");
        JsonNode taken = events.valueStream().filter(event -> event.get("type").asString().equals("ChatTakenEvent"))
                .findFirst().orElseThrow();
        assertThat(taken.get("actor").get("role").asString()).isEqualTo("SYSTEM");
        assertThat(taken.get("payload").get("agentId").asLong()).isEqualTo(first.id());
    }

    @Test
    void aChatWaitsWhileNoAgentHasAPlaceAndGoesAsSoonAsOneIsFree() throws Exception {
        Agent only = newAgent(1);
        String held = openChat();
        awaitHeldBy(held, only);

        String waiting = openChat();
        Thread.sleep(2_500); // two sweeps of the queue
        assertThat(waitingRooms()).as("no agent has a free place").contains(waiting);

        ApiClient.Response resolved = api.post("/api/chat-rooms/" + held + "/resolve/", "", only.token());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        awaitHeldBy(waiting, only);
        awaitActiveChats(only, 1);
    }

    @Test
    void aChatWaitingBeforeAnAgentBecameAvailableGoesToThatAgent() {
        Agent late = newAgent(2);
        setAvailable(late, false);
        String waiting = openChat();
        Awaitility.await().atMost(WITHIN).until(() -> waitingRooms().contains(waiting));

        setAvailable(late, true);
        awaitHeldBy(waiting, late);
    }

    @Test
    void racingAgentsTakingByHandNeverTakeAChatTwiceNorGoPastTheirCapacity() throws Exception {
        List<Agent> racing = List.of(newAgent(3), newAgent(3), newAgent(3), newAgent(3));
        racing.forEach(agent -> setAvailable(agent, false));
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            opened.add(openChat());
        }
        Awaitility.await().atMost(WITHIN).until(() -> waitingRooms().containsAll(opened));

        // Each agent comes back (which wakes the assigner) and at once takes every queued chat it can by hand.
        Set<String> takenByHand = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(racing.size());
        try {
            List<Future<?>> hands = new ArrayList<>();
            for (Agent agent : racing) {
                hands.add(pool.submit(() -> {
                    List<String> order = new ArrayList<>(opened);
                    Collections.shuffle(order);
                    setAvailable(agent, true);
                    for (String room : order) {
                        ApiClient.Response take = api.post("/api/chat-rooms/" + room + "/take_chat/", "",
                                agent.token());
                        assertThat(take.status()).as(take.toString()).isIn(200, 400, 409);
                        if (take.status() == 200) {
                            takenByHand.add(room);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> hand : hands) {
                hand.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Awaitility.await().atMost(WITHIN)
                .until(() -> racing.stream().mapToInt(agent -> myChats(agent).size()).sum() == 12);

        Map<String, Long> holders = new HashMap<>();
        for (Agent agent : racing) {
            List<String> mine = myChats(agent);
            assertThat(mine).as("agent %d's chats", agent.id()).hasSize(3);
            mine.forEach(room -> assertThat(holders.put(room, agent.id())).as("one holder for " + room).isNull());
            awaitActiveChats(agent, 3);
        }
        assertThat(opened).containsAll(holders.keySet());
        assertThat(waitingRooms()).containsAll(opened.stream().filter(room -> !holders.containsKey(room)).toList());
        for (String room : opened) {
            JsonNode events = api.get("/api/audit/conversations/" + room + "/events", root).json().get("results");
            long takes = events.valueStream().filter(event -> event.get("type").asString().equals("ChatTakenEvent"))
                    .count();
            assertThat(takes).as("takes of " + room).isEqualTo(holders.containsKey(room) ? 1 : 0);
        }
        System.out.printf("auto-assignment race: %d of 12 chats taken by hand, the rest automatically%n",
                takenByHand.size());

        // The eight left go to the next agent with room, and are resolved: the queue is empty for the next test.
        Agent relief = newAgent(8);
        List<String> left = opened.stream().filter(room -> !holders.containsKey(room)).toList();
        left.forEach(room -> awaitHeldBy(room, relief));
        for (String room : left) {
            ApiClient.Response resolved = api.post("/api/chat-rooms/" + room + "/resolve/", "", relief.token());
            assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        }
    }

    private Agent newAgent(int capacity) {
        String username = IntegrationTest.unique("agent");
        JsonNode created = accounts.createAgent(username, capacity);
        Agent agent = new Agent(created.get("id").asLong(), accounts.login(username, Accounts.PASSWORD));
        agents.add(agent);
        return agent;
    }

    private void setAvailable(Agent agent, boolean available) {
        ApiClient.Response changed = api.patch("/api/agents/" + agent.id() + "/", Map.of("is_available", available),
                agent.token());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    /** A guest chat through the seed's two steps; with shared keys, the key it answers is the room id. */
    private String openChat() {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(),
                "email", IntegrationTest.unique("guest") + "@example.com",
                "full_name", "Auto Assigned Guest", "phone_number", "+34600000000"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed.json().get("chat_room_id").asString();
    }

    private void awaitHeldBy(String room, Agent agent) {
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> assertThat(myChats(agent)).contains(room));
    }

    private void awaitActiveChats(Agent agent, int count) {
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> {
            JsonNode listed = api.get("/api/agents/", root).json().valueStream()
                    .filter(candidate -> candidate.get("id").asLong() == agent.id()).findFirst().orElseThrow();
            assertThat(listed.get("current_active_chats").asInt()).isEqualTo(count);
        });
    }

    private List<String> myChats(Agent agent) {
        ApiClient.Response mine = api.get("/api/chat-rooms/my_chats/?status=active&page_size=100", agent.token());
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        return mine.json().get("chats").valueStream().map(chat -> chat.get("id").asString()).toList();
    }

    private List<String> waitingRooms() {
        ApiClient.Response waiting = api.get("/api/chat-rooms/waiting_chats/?page_size=100", root);
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
        return waiting.json().get("chats").valueStream().map(chat -> chat.get("id").asString()).toList();
    }
}
