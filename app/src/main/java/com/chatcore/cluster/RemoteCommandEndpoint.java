package com.chatcore.cluster;

import com.chatcore.security.NodeRequestSignature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.swagger.v3.oas.annotations.Hidden;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where another node posts a command routed to this one ({@link HttpCommandConnector}): only with a valid
 * node signature, not part of the public API. A command id seen in the last minutes is not run again: a
 * sender that lost the answer asks once more and gets the first run's answer.
 */
@Hidden
@RestController
class RemoteCommandEndpoint {

    private static final Duration REMEMBERED = Duration.ofMinutes(2);

    private final CommandBus localSegment;
    private final Serializer serializer;
    private final NodeRequestSignature signature;
    private final ObjectMapper json;
    private final Cache<String, CompletableFuture<byte[]>> answers = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED).maximumSize(100_000).build();

    RemoteCommandEndpoint(@Qualifier("localSegment") CommandBus localSegment,
            @Qualifier("messageSerializer") Serializer serializer, NodeRequestSignature signature) {
        this.localSegment = localSegment;
        this.serializer = serializer;
        this.signature = signature;
        this.json = ClusterJson.MAPPER;
    }

    @PostMapping(ClusterNode.COMMANDS_PATH)
    ResponseEntity<byte[]> run(@RequestHeader(name = NodeRequestSignature.HEADER, required = false) String signed,
            @RequestBody byte[] body) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        if (!signature.verify(body, signed)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        CommandDispatch dispatch = json.readValue(body, CommandDispatch.class);
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> answer = answers.asMap().putIfAbsent(dispatch.getCommandIdentifier(), mine);
        if (answer == null) {
            answer = mine;
            try {
                mine.complete(run(dispatch));
            } catch (RuntimeException failed) {
                answers.invalidate(dispatch.getCommandIdentifier());
                mine.completeExceptionally(failed);
                throw failed;
            }
        }
        byte[] reply = answer.get(HttpCommandConnector.REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reply);
    }

    @SuppressWarnings("unchecked")
    private byte[] run(CommandDispatch dispatch) {
        CommandMessage<Object> command = (CommandMessage<Object>) dispatch.getCommandMessage(serializer);
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        localSegment.dispatch(command, callback);
        CommandResultMessage<?> result = callback.getResult();
        try {
            return json.writeValueAsBytes(
                    new CommandReply(command.getIdentifier(), CommandRefusal.describe(result), serializer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
