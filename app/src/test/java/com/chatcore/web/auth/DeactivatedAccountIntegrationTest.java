package com.chatcore.web.auth;

import com.chatcore.api.user.DeactivateUserCommand;
import com.chatcore.support.Accounts;
import com.chatcore.support.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static com.chatcore.web.auth.Bodies.INVALID_TOKEN;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.awaitility.Awaitility.await;

/** No HTTP route closes accounts yet, so the command is sent directly; the read model follows. */
class DeactivatedAccountIntegrationTest extends IntegrationTest {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);

    @Autowired
    private CommandGateway commands;

    @Test
    void aDeactivatedAccountCannotLogInEvenWithTheRightPassword() {
        String name = unique("eva");
        long userId = accounts.createAgent(name, 5).get("user").get("id").asLong();

        commands.sendAndWait(new DeactivateUserCommand(userId));

        await().atMost(READ_MODEL_WAIT).untilAsserted(() -> assertAnswer(
                api.post("/api/auth/login/", Map.of("username", name, "password", Accounts.PASSWORD), null), 400, """
                        {"non_field_errors": ["No puede iniciar sesión con las credenciales proporcionadas."]}"""));
    }

    @Test
    void tokensOfADeactivatedAccountAreRefused() {
        String name = unique("eva");
        long userId = accounts.createAgent(name, 5).get("user").get("id").asLong();
        String token = accounts.login(name, Accounts.PASSWORD);

        commands.sendAndWait(new DeactivateUserCommand(userId));

        await().atMost(READ_MODEL_WAIT).untilAsserted(() -> assertAnswer(api.get("/api/agents/", token), 401,
                INVALID_TOKEN));
    }
}
