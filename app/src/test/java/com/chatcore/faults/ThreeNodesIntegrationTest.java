package com.chatcore.faults;

import com.chatcore.faults.ChatWriters.Sent;
import com.chatcore.faults.LiveChats.Agent;
import com.chatcore.faults.LiveChats.Chat;
import com.chatcore.support.ApiClient;
import com.chatcore.support.Socket;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, scale-out: three nodes on one PostgreSQL, with the load spread over all three. Acknowledged
 * messages are stored once, in the order they were sent, and read the same on every node; agents racing
 * for chats through every node end with exactly their capacity; a socket on any node hears of writes
 * through the others, and one that reconnects to another node resumes without gaps or repeats.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreeNodesIntegrationTest {

    private static final int CHATS = 12;
    private static final int AGENTS = 4;
    private static final int MESSAGES_PER_WRITER = 15;
    private static final int CAPACITY = 2;
    private static final int HOPS = 6;
    private static final Duration PROJECTED = Duration.ofSeconds(30);

    private ThreeNodes nodes;
    private LiveChats chats;

    @BeforeAll
    void startNodes() throws Exception {
        Instant start = Instant.now();
        nodes = ThreeNodes.start(LiveChats.NODE_ARGUMENTS.toArray(String[]::new));
        System.out.printf("three nodes: all healthy in %d ms%n", Duration.between(start, Instant.now()).toMillis());
        chats = new LiveChats(nodes);
    }

    @AfterAll
    void stopNodes() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void everyAcknowledgedMessageIsStoredOnceInSendingOrderAndReadTheSameOnEveryNode() throws Exception {
        List<Agent> agents = IntStream.range(0, AGENTS).mapToObj(i -> chats.newAgent(i, 5)).toList();
        List<Chat> opened = chats.open(CHATS);
        for (int i = 0; i < CHATS; i++) {
            ApiClient.Response taken = LiveChats.take(nodes.api(i + 1), opened.get(i).room(), agents.get(i % AGENTS));
            assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        }
        ChatWriters writers = new ChatWriters(nodes, MESSAGES_PER_WRITER);
        for (int i = 0; i < CHATS; i++) {
            writers.guest(opened.get(i), i);
            writers.agent(opened.get(i), agents.get(i % AGENTS), i + 1);
        }
        List<Sent> all = writers.runToEnd();

        System.out.printf("three nodes, parallel writes: %d sent, %d acknowledged%n", all.size(),
                all.stream().filter(Sent::acknowledged).count());
        assertThat(all).hasSize(2 * CHATS * MESSAGES_PER_WRITER);
        assertThat(writers.storedCounts()).as("MessageSentEvents per message in the event store")
                .allSatisfy((content, times) -> assertThat(times).as(content).isEqualTo(1))
                .containsKeys(all.stream().filter(Sent::acknowledged).map(Sent::content).toArray(String[]::new));
        Awaitility.await().atMost(PROJECTED).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Chat chat : opened) {
                List<Sent> ofChat = all.stream().filter(message -> message.room().equals(chat.room())).toList();
                assertHistoryOnEveryNode(chat.room(), ofChat, writers);
            }
        });
        assertThat(all).filteredOn(message -> !message.acknowledged()).as("writes not acknowledged").isEmpty();
    }

    /**
     * Read through each node: each acknowledged message once, the same list everywhere, oldest first by
     * created_at, and a message acknowledged before another was sent listed before it.
     */
    private void assertHistoryOnEveryNode(String room, List<Sent> sent, ChatWriters writers) {
        List<String> first = null;
        for (ServerProcess node : nodes.nodes()) {
            List<JsonNode> history = chats.messages(node.api(), room);
            List<String> ids = history.stream().map(message -> message.get("id").asString()).toList();
            List<String> ours = history.stream().map(message -> message.get("content").asString())
                    .filter(writers::isOurs).toList();
            String where = "chat " + room + " read through port " + node.port();
            assertThat(ours).as(where).doesNotHaveDuplicates();
            assertThat(ids).as(where).containsAll(sent.stream().filter(Sent::acknowledged).map(Sent::id).toList());
            assertThat(history).extracting(message -> Instant.parse(message.get("created_at").asString()))
                    .as(where + ", created_at").isSorted();
            for (Sent earlier : sent) {
                for (Sent later : sent) {
                    if (earlier.acknowledged() && later.acknowledged() && earlier.answeredAt() < later.sentAt()) {
                        assertThat(ours.indexOf(earlier.content())).as("%s: %s, acknowledged before %s was sent",
                                where, earlier.content(), later.content()).isLessThan(ours.indexOf(later.content()));
                    }
                }
            }
            if (first == null) {
                first = ids;
            } else {
                assertThat(ids).as(where + ", as the first node lists it").isEqualTo(first);
            }
        }
    }

    private record Take(Agent agent, String room, int status, String body) {

        boolean won() {
            return status == 200;
        }
    }

    @Test
    void agentsRacingForChatsThroughEveryNodeEndWithExactlyTheirCapacity() throws Exception {
        List<Agent> agents = IntStream.range(0, AGENTS).mapToObj(i -> chats.newAgent(i, CAPACITY)).toList();
        List<String> rooms = chats.open(CHATS).stream().map(Chat::room).toList();
        Queue<Take> takes = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Void>> racers = new ArrayList<>();
        for (Agent agent : agents) {
            for (int node = 0; node < 3; node++) {
                ApiClient api = nodes.api(node);
                List<String> order = new ArrayList<>(rooms);
                Collections.shuffle(order, new Random(agent.id() * 3 + node));
                racers.add(() -> {
                    go.await();
                    for (String room : order) {
                        ApiClient.Response answer = LiveChats.take(api, room, agent);
                        takes.add(new Take(agent, room, answer.status(), answer.body()));
                    }
                    return null;
                });
            }
        }
        go.countDown();
        runAll(racers);

        System.out.printf("three nodes, racing takes: %s%n", takes.stream()
                .collect(Collectors.groupingBy(take -> take.won() ? "200" : take.status() + " " + take.body(),
                        Collectors.counting())));
        assertThat(takes).filteredOn(take -> !take.won() && (take.status() < 400 || take.status() >= 500))
                .as("takes answered neither 200 nor 4xx").isEmpty();
        Map<String, List<Take>> winsByRoom = takes.stream().filter(Take::won)
                .collect(Collectors.groupingBy(Take::room));
        assertThat(winsByRoom).allSatisfy((room, wins) -> assertThat(wins).as("takes of %s that won", room).hasSize(1));
        Map<Long, Set<String>> won = takes.stream().filter(Take::won).collect(Collectors.groupingBy(
                take -> take.agent().id(), Collectors.mapping(Take::room, Collectors.toSet())));
        Set<String> stillWaiting = new HashSet<>(rooms);
        stillWaiting.removeAll(winsByRoom.keySet());
        Map<Long, Set<String>> assigned = new HashMap<>();
        for (Agent agent : agents) {
            assigned.put(agent.id(), activeRoomsOf(agent));
            assertThat(assigned.get(agent.id())).as("chats active with agent %d", agent.id())
                    .isEqualTo(won.getOrDefault(agent.id(), Set.of())).hasSizeLessThanOrEqualTo(CAPACITY);
        }
        assertThat(waitingRooms()).as("chats nobody won").containsAll(stillWaiting).doesNotContainAnyElementsOf(
                winsByRoom.keySet());
        Awaitility.await().atMost(PROJECTED).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Agent agent : agents) {
                for (ServerProcess node : nodes.nodes()) {
                    ApiClient.Response shown = node.api().get("/api/agents/" + agent.id() + "/",
                            chats.superuserToken());
                    assertThat(shown.json().get("current_active_chats").asInt())
                            .as("agent %d's current_active_chats through port %d", agent.id(), node.port())
                            .isEqualTo(assigned.get(agent.id()).size());
                }
            }
        });
        // Twelve chats for eight places: an agent still below its capacity was refused while it had room.
        Iterator<String> waiting = stillWaiting.iterator();
        for (Agent agent : agents) {
            for (int held = assigned.get(agent.id()).size(); held < CAPACITY; held++) {
                String room = waiting.next();
                ApiClient.Response taken = LiveChats.take(nodes.api(held), room, agent);
                assertThat(taken.status()).as("agent %d, holding %d of %d chats after the race, takes waiting"
                        + " chat %s: %s", agent.id(), held, CAPACITY, room, taken).isEqualTo(200);
            }
        }
    }

    private Set<String> activeRoomsOf(Agent agent) {
        ApiClient.Response page = nodes.api(0).get("/api/chat-rooms/filtered_chats/?status=active&page_size=100"
                + "&agent_id=" + agent.id(), chats.superuserToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Set<String> rooms = new HashSet<>();
        page.json().get("chats").forEach(chat -> rooms.add(chat.get("id").asString()));
        return rooms;
    }

    private Set<String> waitingRooms() {
        ApiClient.Response page = nodes.api(1).get("/api/chat-rooms/waiting_chats/?page_size=100",
                chats.superuserToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Set<String> rooms = new HashSet<>();
        page.json().get("chats").forEach(chat -> rooms.add(chat.get("id").asString()));
        return rooms;
    }

    @Test
    void aSocketOnEveryNodeReceivesWhatIsWrittenThroughTheOtherNodes() {
        Agent agent = chats.newAgent(0, 5);
        List<Chat> opened = chats.open(3);
        for (int i = 0; i < 3; i++) {
            assertThat(LiveChats.take(nodes.api(i + 2), opened.get(i).room(), agent).status()).isEqualTo(200);
        }
        List<Socket> guests = new ArrayList<>();
        List<Socket> desks = new ArrayList<>();
        try {
            for (int node = 0; node < 3; node++) {
                int port = nodes.node(node).port();
                guests.add(Socket.open(port, "/ws/guest_chat_" + opened.get(node).key() + "/"));
                desks.add(Socket.open(port, "/ws/my_chats/?token=" + agent.token()));
            }
            // Answered heartbeats: the server has every socket before anything is written.
            guests.forEach(Socket::framesUntilPong);
            desks.forEach(Socket::framesUntilPong);

            // Chat n's guest listens on node n; everything for it goes through the other two nodes.
            Map<String, List<String>> agentSaid = new HashMap<>();
            Map<String, List<String>> guestSaid = new HashMap<>();
            for (int n = 0; n < 3; n++) {
                Chat chat = opened.get(n);
                for (int other : List.of(n + 1, n + 2, n + 1)) {
                    ApiClient api = nodes.api(other);
                    agentSaid.computeIfAbsent(chat.room(), room -> new ArrayList<>()).add(acknowledgedId(
                            LiveChats.agentSays(api, chat, agent, "agente por el nodo " + other % 3)));
                    guestSaid.computeIfAbsent(chat.room(), room -> new ArrayList<>()).add(acknowledgedId(
                            LiveChats.guestSays(api, chat, "cliente por el nodo " + other % 3)));
                }
            }
            for (int n = 0; n < 3; n++) {
                String room = opened.get(n).room();
                List<String> expected = agentSaid.get(room);
                List<JsonNode> received = framesUntilAll(guests.get(n), ThreeNodesIntegrationTest::isAgentMessage,
                        expected);
                assertThat(received).extracting(ThreeNodesIntegrationTest::messageId)
                        .as("agent messages at chat %d's guest on node %d", n, n).containsExactlyElementsOf(expected);
                assertThat(received).extracting(frame -> frame.get("event_id").asLong()).isSorted();
            }
            List<String> everyGuestMessage = guestSaid.values().stream().flatMap(List::stream).toList();
            for (int n = 0; n < 3; n++) {
                List<JsonNode> received = framesUntilAll(desks.get(n), ThreeNodesIntegrationTest::isGuestMessage,
                        everyGuestMessage);
                for (Chat chat : opened) {
                    assertThat(received).filteredOn(frame -> frame.get("room_id").asString().equals(chat.room()))
                            .extracting(ThreeNodesIntegrationTest::messageId)
                            .as("guest messages of %s at the agent's socket on node %d", chat.room(), n)
                            .containsExactlyElementsOf(guestSaid.get(chat.room()));
                }
            }
        } finally {
            guests.forEach(Socket::close);
            desks.forEach(Socket::close);
        }
    }

    @Test
    void socketsReconnectingToAnotherNodeResumeWithoutGapsOrRepeats() throws Exception {
        Agent agent = chats.newAgent(1, 5);
        List<Chat> opened = chats.open(3);
        for (int i = 0; i < 3; i++) {
            assertThat(LiveChats.take(nodes.api(i), opened.get(i).room(), agent).status()).isEqualTo(200);
        }
        Chat watched = opened.get(0);
        try (ChatWriters writers = new ChatWriters(nodes, Integer.MAX_VALUE);
             HoppingSocket guest = HoppingSocket.open(nodes, 0, "/ws/guest_chat_" + watched.key() + "/");
             HoppingSocket desk = HoppingSocket.open(nodes, 1, "/ws/my_chats/?token=" + agent.token())) {
            writers.agent(watched, agent, 0);
            for (int i = 0; i < 3; i++) {
                writers.guest(opened.get(i), i + 1);
            }
            writers.start();
            for (int hop = 0; hop < HOPS; hop++) {
                guest.await(3, ThreeNodesIntegrationTest::isAgentMessage);
                desk.await(3, ThreeNodesIntegrationTest::isGuestMessage);
                guest.disconnect();
                desk.disconnect();
                int answered = writers.sent().size();
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> writers.eachWroteSince(answered));
                guest.reconnect();
                desk.reconnect();
            }
            List<Sent> all = writers.stop();

            // First: a write stored but not answered 201 would otherwise show as an unexpected frame below.
            assertThat(all).filteredOn(message -> !message.acknowledged()).as("writes not acknowledged").isEmpty();
            List<String> agentSaid = ChatWriters.acknowledgedIds(all, Sent::byAgent);
            List<String> guestsSaid = ChatWriters.acknowledgedIds(all, message -> !message.byAgent());
            guest.readUntil(frames -> received(frames, ThreeNodesIntegrationTest::isAgentMessage).size()
                    >= agentSaid.size());
            desk.readUntil(frames -> received(frames, ThreeNodesIntegrationTest::isGuestMessage).size()
                    >= guestsSaid.size());
            guest.framesUntilPong();
            desk.framesUntilPong();
            System.out.printf("three nodes, resuming sockets: %d messages, guest over %d connections, agent over %d%n",
                    all.size(), guest.connections(), desk.connections());

            List<JsonNode> atGuest = received(guest.frames(), ThreeNodesIntegrationTest::isAgentMessage);
            assertThat(atGuest).extracting(ThreeNodesIntegrationTest::messageId)
                    .as("agent messages at the guest; its socket's history:%n%s", guest.history())
                    .containsExactlyElementsOf(agentSaid);
            assertThat(atGuest).extracting(frame -> frame.get("event_id").asLong()).isSorted().doesNotHaveDuplicates();
            List<JsonNode> atDesk = received(desk.frames(), ThreeNodesIntegrationTest::isGuestMessage);
            for (Chat chat : opened) {
                List<JsonNode> ofChat = atDesk.stream()
                        .filter(frame -> frame.get("room_id").asString().equals(chat.room())).toList();
                assertThat(ofChat).extracting(ThreeNodesIntegrationTest::messageId)
                        .as("guest messages of %s at the agent; its socket's history:%n%s", chat.room(), desk.history())
                        .containsExactlyElementsOf(ChatWriters.acknowledgedIds(all,
                                message -> message.room().equals(chat.room()) && !message.byAgent()));
                assertThat(ofChat).extracting(frame -> frame.get("event_id").asLong()).isSorted()
                        .doesNotHaveDuplicates();
            }
        }
    }

    private static void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Void>> done = pool.invokeAll(tasks, ChatWriters.DONE_WITHIN.toSeconds(), TimeUnit.SECONDS);
            for (Future<Void> task : done) {
                assertThat(task.isCancelled()).as("finished within " + ChatWriters.DONE_WITHIN).isFalse();
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String acknowledgedId(ApiClient.Response sent) {
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent.json().get("id").asString();
    }

    /** Frames {@code wanted} matches, read until every message in {@code ids} came (or the socket went quiet). */
    private static List<JsonNode> framesUntilAll(Socket socket, Predicate<JsonNode> wanted, List<String> ids) {
        Set<String> missing = new HashSet<>(ids);
        List<JsonNode> received = new ArrayList<>();
        while (!missing.isEmpty()) {
            JsonNode frame = socket.poll(Duration.ofSeconds(20));
            if (frame == null) {
                break;
            }
            if (wanted.test(frame)) {
                received.add(frame);
                missing.remove(messageId(frame));
            }
        }
        return received;
    }

    private static List<JsonNode> received(List<JsonNode> frames, Predicate<JsonNode> wanted) {
        return frames.stream().filter(wanted).toList();
    }

    private static boolean isAgentMessage(JsonNode frame) {
        return frame.has("sender");
    }

    private static boolean isGuestMessage(JsonNode frame) {
        return "guest_message".equals(frame.path("type").asString(""));
    }

    private static String messageId(JsonNode frame) {
        return frame.get("message").get("id").asString();
    }
}
