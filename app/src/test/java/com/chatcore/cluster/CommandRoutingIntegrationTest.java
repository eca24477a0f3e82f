package com.chatcore.cluster;

import com.chatcore.api.conversation.NotAssignedAgentException;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.security.CallerMetadata;
import com.chatcore.security.NodeRequestSignature;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.OtherNode;
import com.chatcore.web.realtime.LiveChatApi;
import com.chatcore.web.realtime.LiveChatApi.Agent;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.distributed.DistributedCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes on one PostgreSQL (this test's node A and a node B started here): each conversation's commands
 * run on one node whichever node they are sent through, a refusal on the node that ran a command reaches
 * the sender as the same exception, and only a node's signed, not yet seen request runs a command.
 */
class CommandRoutingIntegrationTest extends IntegrationTest {

    private static final String NODE_A = "A";
    private static final String NODE_B = "B";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    DataSource dataSource;
    @Autowired
    QueryGateway queries;
    @Autowired
    @Qualifier("localSegment")
    CommandBus localSegmentA;
    @Autowired
    ConversationRouter routerA;
    @Autowired
    NodeRequestSignature signature;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer serializer;

    /** Which node's local command bus ran each command, by command id. */
    private final Map<String, String> ranOn = new ConcurrentHashMap<>();

    @Test
    void eachConversationRunsOnOneNodeAndRefusalsCrossNodesAsTheyAre() throws Exception {
        LiveChatApi chats = new LiveChatApi(api, accounts, queries);
        try (ConfigurableApplicationContext nodeB = startNodeB();
             Registration onA = recordRuns(localSegmentA, NODE_A);
             Registration onB = recordRuns(nodeB.getBean(DistributedCommandBus.class).localSegment(), NODE_B)) {
            ConversationRouter routerB = nodeB.getBean(ConversationRouter.class);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> routerA.nodes().size() == 2 && routerB.nodes().equals(routerA.nodes()));
            LiveChatApi throughB = chats.through(new ApiClient(portOf(nodeB)));
            Agent agent = null;

            Map<String, Set<String>> nodesByRoom = new ConcurrentHashMap<>();
            List<String> rooms = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String room = chats.openGuestChat();
                rooms.add(room);
                agent = i % 4 == 0 ? chats.newAgent() : agent; // five chats at most each
                (i % 2 == 0 ? chats : throughB).take(room, agent);
                for (int n = 0; n < 4; n++) {
                    LiveChatApi through = n % 2 == 0 ? chats : throughB;
                    String sent = (n < 2 ? through.guestSays(room, "mensaje " + n)
                            : through.agentSays(room, agent, "mensaje " + n)).json().get("id").asString();
                    nodesByRoom.computeIfAbsent(room, r -> new HashSet<>()).add(ranOnFor(sent));
                }
                assertThat(contents(room)).containsExactly("Hola, necesito ayuda", "mensaje 0", "mensaje 1",
                        "mensaje 2", "mensaje 3");
            }
            assertThat(nodesByRoom.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
            assertThat(nodesByRoom.values().stream().flatMap(Set::stream).distinct())
                    .as("twelve conversations spread over both nodes").containsExactlyInAnyOrder(NODE_A, NODE_B);

            CommandGateway gatewayB = nodeB.getBean(CommandGateway.class);
            String roomOnA = rooms.stream().filter(room -> nodesByRoom.get(room).contains(NODE_A)).findFirst()
                    .orElseThrow();
            long notItsAgent = agent.id() + 1000;
            assertThatThrownBy(() -> gatewayB.sendAndWait(new SendMessageCommand(roomOnA,
                    UUID.randomUUID().toString(), SenderType.AGENT, notItsAgent, "no es mío", "text")))
                    .isInstanceOf(NotAssignedAgentException.class)
                    .satisfies(refused -> assertThat(((NotAssignedAgentException) refused).chatRoomId())
                            .isEqualTo(roomOnA));

            Set<String> unknownRoomsRanOn = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                String unknown = UUID.randomUUID().toString();
                assertThatThrownBy(() -> gatewayB.sendAndWait(new ResolveChatCommand(unknown, null)))
                        .isInstanceOf(AggregateNotFoundException.class);
                unknownRoomsRanOn.add(lastRunOf(unknown));
            }
            assertThat(unknownRoomsRanOn).contains(NODE_A);

            onlySignedAndNewRequestsRun(roomOnA);
        }
    }

    /** Posted straight to node A's endpoint, as node B posts a command of a conversation A runs. */
    private void onlySignedAndNewRequestsRun(String room) throws Exception {
        String messageId = UUID.randomUUID().toString();
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(new SendMessageCommand(room, messageId,
                SenderType.USER, null, "una vez", "text")).withMetaData(MetaData.with(CallerMetadata.CALLER_ID,
                "anonymous").and(CallerMetadata.CALLER_ROLE, "NONE").and(CallerMetadata.CORRELATION_ID, messageId));
        byte[] body = ClusterJson.MAPPER.writeValueAsBytes(new CommandDispatch(command, serializer));

        assertThat(post(port, body, null).statusCode()).isEqualTo(403);
        assertThat(post(port, body, signature.sign("{}".getBytes())).statusCode()).isEqualTo(403);

        HttpResponse<byte[]> first = post(port, body, signature.sign(body));
        HttpResponse<byte[]> again = post(port, body, signature.sign(body));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        CommandReply reply = ClusterJson.MAPPER.readValue(first.body(), CommandReply.class);
        assertThat(reply.getCommandResultMessage(serializer).isExceptional()).as(new String(first.body())).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(contents(room).stream().filter("una vez"::equals)).hasSize(1));
        assertThat(ranOnFor(messageId)).isEqualTo(NODE_A);
    }

    private static HttpResponse<byte[]> post(int port, byte[] body, String signed) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + ClusterNode.COMMANDS_PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signed != null) {
            request.header(NodeRequestSignature.HEADER, signed);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<String> contents(String room) {
        ApiClient.Response messages = api.get("/api/chat-rooms/" + room + "/messages/", accounts.superuserToken());
        assertThat(messages.status()).as(messages.toString()).isEqualTo(200);
        List<String> contents = new ArrayList<>();
        for (JsonNode message : messages.json()) {
            contents.add(message.get("content").asString());
        }
        return contents;
    }

    private Registration recordRuns(CommandBus localSegment, String node) {
        return localSegment.registerHandlerInterceptor((unitOfWork, chain) -> {
            CommandMessage<?> command = unitOfWork.getMessage();
            ranOn.put(key(command.getPayload()), node);
            return chain.proceed();
        });
    }

    /** The node that ran the send of this message (its id is the one the API answered with). */
    private String ranOnFor(String messageId) {
        return ranOn.get("message:" + messageId);
    }

    private String lastRunOf(String room) {
        return ranOn.get("resolve:" + room);
    }

    private static String key(Object payload) {
        if (payload instanceof SendMessageCommand send) {
            return "message:" + send.messageId();
        }
        if (payload instanceof ResolveChatCommand resolve) {
            return "resolve:" + resolve.chatRoomId();
        }
        return "other:" + UUID.randomUUID();
    }

    private static int portOf(ConfigurableApplicationContext node) {
        return OtherNode.portOf(node);
    }

    private ConfigurableApplicationContext startNodeB() {
        return OtherNode.start(dataSource, "b", "--chat.projections.segments=4");
    }
}
