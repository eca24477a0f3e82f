package com.chatcore.cluster;

import com.chatcore.api.error.RuleViolationException;
import com.chatcore.security.NodeRequestSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.commandhandling.distributed.Member;
import org.axonframework.commandhandling.distributed.SimpleMember;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector against a stand-in node (the JDK's HTTP server): where a command runs when the node it is
 * routed to is unreachable, answers, loses an answer, fails, or refuses it.
 */
class HttpCommandConnectorTest {

    private static final byte[] SECRET = "connector-test-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final NodeRequestSignature signature = new NodeRequestSignature(SECRET, System::currentTimeMillis);
    private final SimpleCommandBus localSegment = SimpleCommandBus.builder().build();
    private final AtomicInteger ranHere = new AtomicInteger();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpCommandConnector connector =
            new HttpCommandConnector(localSegment, serializer, signature, ClusterJson.MAPPER);
    private HttpServer node;

    HttpCommandConnectorTest() {
        localSegment.subscribe(String.class.getName(), command -> {
            ranHere.incrementAndGet();
            return "ran here";
        });
    }

    @AfterEach
    void stopNode() {
        if (node != null) {
            node.stop(0);
        }
    }

    @Test
    void aNodeThatCannotBeReachedNeverGotTheCommandSoItRunsHere() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CommandResultMessage<?> result = send(remote(URI.create("http://127.0.0.1:" + closedPort + "/internal/commands")));
        assertThat(result.getPayload()).isEqualTo("ran here");
        assertThat(ranHere).hasValue(1);
    }

    @Test
    void theNodeItIsRoutedToRunsItAndItsAnswerIsTheResult() throws Exception {
        Member member = startNode(exchange -> answer(exchange, GenericCommandResultMessage.asCommandResultMessage("ran there")));
        assertThat(send(member).getPayload()).isEqualTo("ran there");
        assertThat(ranHere).hasValue(0);
        assertThat(received).hasSize(1);
    }

    @Test
    void anAnswerLostOnTheWayIsAskedForOnceMoreUnderTheSameCommandId() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        Member member = startNode(exchange -> {
            if (requests.incrementAndGet() == 1) {
                exchange.close(); // no status line: the connection ends under the request
                return;
            }
            answer(exchange, GenericCommandResultMessage.asCommandResultMessage("ran there"));
        });
        assertThat(send(member).getPayload()).isEqualTo("ran there");
        assertThat(received).hasSize(2);
        assertThat(received.get(1)).isEqualTo(received.get(0));
        assertThat(ranHere).hasValue(0);
    }

    @Test
    void aNodeThatGotTheCommandButNeverAnswersIsUnavailableNotRunHereAgain() throws Exception {
        Member member = startNode(exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        CommandResultMessage<?> result = send(member);
        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(CommandDispatchException.class);
        assertThat(ranHere).hasValue(0);
    }

    @Test
    void aRefusalThereIsTheSameExceptionHere() throws Exception {
        Member member = startNode(exchange -> answer(exchange, CommandRefusal.describe(
                GenericCommandResultMessage.asCommandResultMessage(
                        new RuleViolationException("ChatClosed", "El chat está cerrado.")))));
        CommandResultMessage<?> result = send(member);
        assertThat(result.exceptionResult()).isInstanceOf(RuleViolationException.class)
                .hasMessage("El chat está cerrado.");
        assertThat(((RuleViolationException) result.exceptionResult()).rule()).isEqualTo("ChatClosed");
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private Member startNode(Handler handler) throws IOException {
        node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        node.createContext(ClusterNode.COMMANDS_PATH, exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            assertThat(signature.verify(body, exchange.getRequestHeaders().getFirst(NodeRequestSignature.HEADER)))
                    .isTrue();
            received.add(ClusterJson.MAPPER.readValue(body, CommandDispatch.class).getCommandIdentifier());
            handler.handle(exchange);
        });
        node.start();
        return remote(URI.create("http://127.0.0.1:" + node.getAddress().getPort() + ClusterNode.COMMANDS_PATH));
    }

    private void answer(HttpExchange exchange, CommandResultMessage<?> result) throws IOException {
        byte[] reply = ClusterJson.MAPPER.writeValueAsBytes(new CommandReply(received.get(0), result, serializer));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private static Member remote(URI url) {
        return new SimpleMember<>("other", url, false, suspect -> { });
    }

    private CommandResultMessage<?> send(Member member) throws Exception {
        CommandMessage<Object> command = GenericCommandMessage.asCommandMessage("hola");
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        connector.send(member, command, callback);
        return callback.getResult();
    }
}
