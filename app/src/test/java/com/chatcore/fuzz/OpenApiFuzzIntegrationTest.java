package com.chatcore.fuzz;

import com.chatcore.support.ApiOperation;
import com.chatcore.fuzz.FuzzRequest.Identity;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestChats;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Fuzzes every operation of the live OpenAPI document with malformed bodies, parameters and headers,
 * half of them sent with a valid agent's or superuser's token: no answer is a 5xx, every error body is
 * JSON, and no body shows a trace or names an exception. The requests depend on the seed alone, which
 * is printed; {@code -Dfuzz.seed=N} replays a run and {@code -Dfuzz.requests-per-operation=N} widens it.
 */
class OpenApiFuzzIntegrationTest extends IntegrationTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final int PER_OPERATION = Integer.getInteger("fuzz.requests-per-operation", 60);
    private static final Pattern LEAK = Pattern.compile("Exception|Throwable|\\tat |\\bat (java|jdk|org|com)\\."
            + "|java\\.lang|org\\.springframework|org\\.apache|org\\.axonframework|com\\.chatcore|\"trace\"");
    /** {@code application/json}, or a JSON type such as {@code application/problem+json} the client asked for. */
    private static final Pattern JSON_TYPE = Pattern.compile("application/([a-z.-]+\\+)?json");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private ReadYourWrites readYourWrites;

    private final Map<Identity, String> tokens = new EnumMap<>(Identity.class);

    @TestFactory
    Stream<DynamicTest> malformedInputNeverAnswers5xxNorShowsATrace() {
        RequestFuzzer fuzzer = fuzzer();
        return operations().stream().map(operation -> {
            List<FuzzRequest> requests = IntStream.range(0, PER_OPERATION).mapToObj(i -> fuzzer.next(operation))
                    .toList();
            return dynamicTest(operation.toString(), () -> assertAnswered(requests, status -> status < 500));
        }).toList().stream();
    }

    /** Text that PostgreSQL cannot store (NUL, lone surrogates) is refused with a 4xx by the text rule. */
    @TestFactory
    Stream<DynamicTest> textPostgreSqlCannotStoreIsRefused() {
        RequestFuzzer fuzzer = fuzzer();
        return operations().stream().map(operation -> {
            List<FuzzRequest> requests = IntStream.range(0, 4).mapToObj(i -> fuzzer.unstorableText(operation))
                    .filter(Objects::nonNull).toList();
            return dynamicTest(operation.toString(), () -> assertAnswered(requests,
                    status -> status >= 400 && status < 500));
        }).toList().stream();
    }

    private RequestFuzzer fuzzer() {
        System.out.println(getClass().getSimpleName() + ": seed " + SEED + ", replay with -Dfuzz.seed=" + SEED);
        tokens.put(Identity.AGENT, accounts.agentToken(unique("fuzz_agent")));
        tokens.put(Identity.SUPERUSER, accounts.superuserToken());
        long victim = accounts.createAgent(unique("fuzz_victim"), 3).get("id").asLong();
        GuestChats.GuestChat chat = GuestChats.open(commands, readYourWrites, "Fuzz Guest",
                unique("fuzz") + "@example.com", "", "Hola");
        return new RequestFuzzer(new Random(SEED), new RequestFuzzer.Targets(chat.room().id(), chat.key(), victim));
    }

    private List<ApiOperation> operations() {
        List<ApiOperation> operations = ApiOperation.all(api);
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(40);
        return operations;
    }

    private void assertAnswered(List<FuzzRequest> requests, Predicate<Integer> expectedStatus) {
        List<String> failures = new ArrayList<>();
        for (FuzzRequest request : requests) {
            String problem = problemWith(request, expectedStatus);
            if (problem != null) {
                failures.add(problem + "\n    <- " + request.describe());
            }
        }
        assertThat(failures).as("requests answered wrongly (seed %d)", SEED).isEmpty();
    }

    /**
     * The dead-letter list's whole point is each parked event's recorded failure (exception type and message,
     * never a stack trace), for SUPERUSER and AUDITOR: its successful answers name exceptions by design.
     */
    private static boolean showsParkedFailures(FuzzRequest request, ApiClient.Response response) {
        return response.status() == 200 && request.target().startsWith("/api/admin/dead-letters")
                && !response.body().contains("\tat ");
    }

    private String problemWith(FuzzRequest request, Predicate<Integer> expectedStatus) {
        ApiClient.Response response;
        try {
            response = api.send(request.into(api.request(request.target(), tokens.get(request.identity()))));
        } catch (UncheckedIOException e) {
            return "no answer (" + e.getCause() + ")";
        }
        if (request.target().contains("logout") && response.status() < 300 && tokens.containsKey(request.identity())) {
            renew(request.identity());
        }
        String body = response.body();
        if (!expectedStatus.test(response.status())) {
            return "status " + response;
        }
        if (LEAK.matcher(body).find() && !showsParkedFailures(request, response)) {
            return "trace or exception in body: " + response;
        }
        if (response.status() >= 400 && body.isEmpty()) {
            return "error without a body: " + response;
        }
        if (response.status() >= 400 && !JSON_TYPE.matcher(response.raw().headers()
                .firstValue("Content-Type").orElse("")).lookingAt()) {
            return "error body is not JSON: " + response;
        }
        return null;
    }

    /** Logging out revokes the token that asked; later requests of that identity need a new one. */
    private void renew(Identity identity) {
        tokens.put(identity, identity == Identity.SUPERUSER ? accounts.superuserToken()
                : accounts.agentToken(unique("fuzz_agent")));
    }
}
