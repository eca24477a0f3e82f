package com.chatcore.config;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.user.FindUserByUsernameQuery;
import com.chatcore.api.user.RegisterUserCommand;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Creates the first superuser from CHAT_BOOTSTRAP_SUPERUSER_USERNAME / _PASSWORD when both are set and
 * the name is free. The command side's unique-name registry decides, so several nodes starting at once
 * still create one account.
 */
@Component
class BootstrapSuperuser implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapSuperuser.class);
    static final int MIN_PASSWORD = 8;
    private static final Duration READABLE_WITHIN = Duration.ofSeconds(30);

    private final ChatProperties properties;
    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final QueryGateway queries;

    BootstrapSuperuser(ChatProperties properties, CommandGateway commands, PasswordEncoder passwords,
            QueryGateway queries) {
        this.properties = properties;
        this.commands = commands;
        this.passwords = passwords;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChatProperties.BootstrapSuperuser wanted = properties.bootstrapSuperuser();
        if (!wanted.requested()) {
            return;
        }
        if (wanted.password().length() < MIN_PASSWORD) {
            throw new IllegalStateException("CHAT_BOOTSTRAP_SUPERUSER_PASSWORD must have at least " + MIN_PASSWORD
                    + " characters.");
        }
        try {
            commands.sendAndWait(new RegisterUserCommand(wanted.username(), wanted.emailOrDefault(),
                    passwords.encode(wanted.password()), "", "", Role.SUPERUSER));
            log.info("Bootstrap superuser '{}' created", wanted.username());
        } catch (FieldValidationException e) {
            if (e.errors().containsKey("username")) {
                log.info("Bootstrap superuser '{}' already exists; left as it is", wanted.username());
            } else {
                throw e;
            }
        }
        awaitReadable(wanted.username());
    }

    /**
     * The start-up finishes (and the node reports ready) only once the account can log in: the users read model
     * projects the registration a moment after the command, and a login in between was refused.
     */
    private void awaitReadable(String username) {
        long deadline = System.nanoTime() + READABLE_WITHIN.toNanos();
        while (queries.query(new FindUserByUsernameQuery(username), ResponseTypes.optionalInstanceOf(UserView.class))
                .join().isEmpty()) {
            if (System.nanoTime() > deadline) {
                log.warn("Bootstrap superuser '{}' not in the users read model after {}; logins wait for it",
                        username, READABLE_WITHIN);
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
