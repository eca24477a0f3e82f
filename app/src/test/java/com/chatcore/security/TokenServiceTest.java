package com.chatcore.security;

import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.Role;
import com.chatcore.config.ChatProperties;
import com.chatcore.support.MovableClock;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Verified access tokens are remembered; what may change about one (its expiry) is checked on every use. */
class TokenServiceTest {

    private static final String SECRET = "a-test-secret-of-at-least-thirty-two-bytes";

    private final MovableClock clock = new MovableClock();

    @Test
    void aRememberedTokenStillExpiresOnTime() {
        TokenService tokens = service(SECRET);
        String token = tokens.issue(account());

        assertThat(tokens.verify(token)).get().extracting(Caller::userId).isEqualTo(42L);
        assertThat(tokens.verify(token)).isPresent();

        clock.advance(Duration.ofHours(8));
        assertThat(tokens.verify(token)).as("at its expiry instant").isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(tokens.verify(token)).as("past its expiry").isEmpty();
    }

    @Test
    void aTokenVerifiedByOneKeyIsNotTakenByAnother() {
        String token = service(SECRET).issue(account());
        TokenService other = service(SECRET + "-other");

        assertThat(other.verify(token)).isEmpty();
        assertThat(other.verify(token)).isEmpty();
    }

    @Test
    void aTamperedTokenIsRefusedAfterItsGenuineTwinWasRemembered() {
        TokenService tokens = service(SECRET);
        String token = tokens.issue(account());
        assertThat(tokens.verify(token)).isPresent();

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThat(tokens.verify(tampered)).isEmpty();
    }

    private TokenService service(String secret) {
        ChatProperties properties = new ChatProperties(Path.of("unused"),
                new ChatProperties.Jwt(secret, null, null, null, null, null, null), null, null, null, null, null,
                null, null);
        return new TokenService(new JwtKeyProvider(properties), properties, clock);
    }

    private static LoginAccountView account() {
        return new LoginAccountView(42L, "agent42", "hash", Role.AGENT, true, 0L);
    }
}
