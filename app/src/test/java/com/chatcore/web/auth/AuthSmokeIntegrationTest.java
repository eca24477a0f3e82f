package com.chatcore.web.auth;

import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthSmokeIntegrationTest extends IntegrationTest {

    @Test
    void registeredUserCanLogInRightAway() {
        String name = unique("smoke");
        accounts.register(name);
        String token = accounts.login(name, com.chatcore.support.Accounts.PASSWORD);
        assertThat(token).contains(".");
    }
}
