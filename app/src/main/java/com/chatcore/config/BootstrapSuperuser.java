package com.chatcore.config;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.user.RegisterUserCommand;
import com.chatcore.api.user.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first superuser from CHAT_BOOTSTRAP_SUPERUSER_USERNAME / _PASSWORD when both are set and
 * the name is free. The command side's unique-name registry decides, so several nodes starting at once
 * still create one account.
 */
@Component
class BootstrapSuperuser implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapSuperuser.class);
    static final int MIN_PASSWORD = 8;

    private final ChatProperties properties;
    private final CommandGateway commands;
    private final PasswordEncoder passwords;

    BootstrapSuperuser(ChatProperties properties, CommandGateway commands, PasswordEncoder passwords) {
        this.properties = properties;
        this.commands = commands;
        this.passwords = passwords;
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
    }
}
