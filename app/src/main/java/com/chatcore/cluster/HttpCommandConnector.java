package com.chatcore.cluster;

import com.chatcore.security.NodeRequestSignature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.callbacks.LoggingCallback;
import org.axonframework.commandhandling.distributed.CommandBusConnector;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.commandhandling.distributed.Member;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.serialization.Serializer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs a command here when it is routed to this node, and otherwise posts it, signed, to the node it is
 * routed to and waits for that node's answer, as a local command bus runs it on the caller's thread.
 * <p>
 * A node that cannot be reached never got the command (its beat has not lapsed yet, or it is shutting
 * down): the command runs here instead, which the event store's sequence check keeps correct. A node that
 * may have got it (a kept-alive connection that closed under the request, a lost answer) is asked once more
 * with the same command id, which it runs at most once ({@link RemoteCommandEndpoint}); failing that, the
 * command is answered as unavailable (503), for the client to retry with its idempotency key, rather than
 * run here a second time.
 */
final class HttpCommandConnector implements CommandBusConnector {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

    private final CommandBus localSegment;
    private final Serializer serializer;
    private final NodeRequestSignature signature;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();

    HttpCommandConnector(CommandBus localSegment, Serializer serializer, NodeRequestSignature signature,
            ObjectMapper json) {
        this.localSegment = localSegment;
        this.serializer = serializer;
        this.signature = signature;
        this.json = json;
    }

    @Override
    public <C> void send(Member destination, CommandMessage<? extends C> command) {
        send(destination, (CommandMessage<C>) command, LoggingCallback.INSTANCE);
    }

    @Override
    public <C, R> void send(Member destination, CommandMessage<C> command, CommandCallback<? super C, R> callback) {
        Optional<URI> url = destination.getConnectionEndpoint(URI.class);
        if (destination.local() || url.isEmpty()) {
            localSegment.dispatch(command, callback);
            return;
        }
        CommandResultMessage<R> result;
        try {
            byte[] body = json.writeValueAsBytes(new CommandDispatch(command, serializer));
            try {
                result = sendTo(url.get(), body);
            } catch (ConnectException | HttpConnectTimeoutException unreachable) {
                localSegment.dispatch(command, callback);
                return;
            } catch (IOException mayHaveArrived) {
                result = sendTo(url.get(), body);
            }
        } catch (IOException | RuntimeException lost) {
            result = GenericCommandResultMessage.asCommandResultMessage(new CommandDispatchException(
                    "No answer from node " + destination.name() + " for " + command.getCommandName(), lost));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            result = GenericCommandResultMessage.asCommandResultMessage(interrupted);
        }
        callback.onResult(command, result);
    }

    @SuppressWarnings("unchecked")
    private <R> CommandResultMessage<R> sendTo(URI url, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(REPLY_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(NodeRequestSignature.HEADER, signature.sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("node answered " + response.statusCode() + " to a routed command");
        }
        CommandReply reply = json.readValue(response.body(), CommandReply.class);
        return (CommandResultMessage<R>) CommandRefusal.restore(reply.getCommandResultMessage(serializer));
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return localSegment.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        return localSegment.registerHandlerInterceptor(interceptor);
    }

    @Override
    public Optional<CommandBus> localSegment() {
        return Optional.of(localSegment);
    }
}
