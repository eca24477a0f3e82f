package com.chatcore.web.auth;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.auth.Bodies.FORBIDDEN;
import static com.chatcore.web.auth.Bodies.INVALID_TOKEN;
import static com.chatcore.web.auth.Bodies.NOT_PROVIDED;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The API's JWTs: their claims, both header schemes, and a 401 for every defect. */
class TokenIntegrationTest extends IntegrationTest {

    private static final String PROTECTED = "/api/agents/";

    @Value("${chat.jwt.secret}")
    private String secret;

    private ApiClient.Response getWith(String authorization) {
        return api.send(api.request(PROTECTED, null).header("Authorization", authorization).GET());
    }

    /** A token forged with the server's key and the claims of {@code genuine}, issued at {@code at}. */
    private String forged(String genuine, Instant at, Duration lifetime, String issuer) {
        JsonNode claims = Tokens.payload(genuine);
        return Tokens.claims(claims.get("sub").asString(), claims.get("roles").get(0).asString(), at, lifetime)
                .issuer(issuer)
                .signWith(Tokens.key(secret), Jwts.SIG.HS256)
                .compact();
    }

    @Test
    void theTokenCarriesSubRolesJtiIatExpAndIss() {
        String name = unique("ana");
        long userId = accounts.register(name).get("id").asLong();

        String token = accounts.login(name, Accounts.PASSWORD);

        assertThat(Tokens.header(token).get("alg").asString()).isEqualTo("HS256");
        JsonNode claims = Tokens.payload(token);
        assertThat(claims.get("sub").asString()).isEqualTo(Long.toString(userId));
        assertThat(claims.get("roles")).isEqualTo(Bodies.json("[\"USER\"]"));
        assertThat(UUID.fromString(claims.get("jti").asString())).isNotNull();
        assertThat(claims.get("iss").asString()).isEqualTo("chatcore");
        assertThat(claims.get("iat").isIntegralNumber()).isTrue();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(Duration.ofHours(8).toSeconds());
        assertThat(claims.get("iat").asLong()).isCloseTo(Instant.now().getEpochSecond(), within(60L));
    }

    @Test
    void anAgentTokenCarriesTheAgentRole() {
        String token = accounts.agentToken(unique("eva"));

        assertThat(Tokens.payload(token).get("roles")).isEqualTo(Bodies.json("[\"AGENT\"]"));
    }

    @Test
    void aBearerTokenIsAccepted() {
        String token = accounts.agentToken(unique("eva"));

        ApiClient.Response response = getWith("Bearer " + token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
    }

    @Test
    void theSeedsTokenSchemeIsAccepted() {
        String token = accounts.agentToken(unique("eva"));

        assertThat(getWith("Token " + token).status()).isEqualTo(200);
    }

    @Test
    void aUserTokenIsAuthenticatedButForbiddenOnAgentRoutes() {
        String token = accounts.userToken(unique("ana"));

        assertAnswer(getWith("Bearer " + token), 403, FORBIDDEN);
    }

    @Test
    void withoutAuthorizationTheCredentialsAreMissing() {
        ApiClient.Response response = api.get(PROTECTED, null);

        assertAnswer(response, 401, NOT_PROVIDED);
        assertThat(response.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aMalformedTokenIsInvalid() {
        assertAnswer(getWith("Bearer not-a-jwt"), 401, INVALID_TOKEN);
    }

    @Test
    void anUnknownSchemeIsInvalid() {
        String token = accounts.agentToken(unique("eva"));

        assertAnswer(getWith("Basic " + token), 401, INVALID_TOKEN);
    }

    @Test
    void aTokenForgedWithTheServerKeyAndEveryClaimIsAccepted() {
        String genuine = accounts.agentToken(unique("eva"));

        String control = forged(genuine, Instant.now(), Duration.ofHours(1), "chatcore");

        assertThat(getWith("Bearer " + control).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsInvalid() {
        String genuine = accounts.agentToken(unique("eva"));

        String expired = forged(genuine, Instant.now().minus(Duration.ofHours(9)), Duration.ofHours(8), "chatcore");

        assertAnswer(getWith("Bearer " + expired), 401, INVALID_TOKEN);
    }

    @Test
    void aTamperedPayloadIsInvalid() {
        String genuine = accounts.agentToken(unique("eva"));

        String tampered = Tokens.withPayloadMember(genuine, "roles", Bodies.json("[\"SUPERUSER\"]"));

        assertAnswer(getWith("Bearer " + tampered), 401, INVALID_TOKEN);
    }

    @Test
    void anUnsignedAlgNoneTokenIsInvalid() {
        String genuine = accounts.agentToken(unique("eva"));

        assertAnswer(getWith("Bearer " + Tokens.unsecured(genuine)), 401, INVALID_TOKEN);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsInvalid() {
        String genuine = accounts.agentToken(unique("eva"));
        JsonNode claims = Tokens.payload(genuine);

        String foreign = Tokens.claims(claims.get("sub").asString(), "AGENT", Instant.now(), Duration.ofHours(1))
                .signWith(Jwts.SIG.HS256.key().build(), Jwts.SIG.HS256)
                .compact();

        assertAnswer(getWith("Bearer " + foreign), 401, INVALID_TOKEN);
    }

    @Test
    void aTokenWithoutExpiryIsInvalid() {
        String genuine = accounts.agentToken(unique("eva"));
        JsonNode claims = Tokens.payload(genuine);

        String endless = Tokens.claims(claims.get("sub").asString(), "AGENT", Instant.now(), Duration.ofHours(1))
                .expiration(null)
                .signWith(Tokens.key(secret), Jwts.SIG.HS256)
                .compact();

        assertThat(Tokens.payload(endless).has("exp")).isFalse();
        assertAnswer(getWith("Bearer " + endless), 401, INVALID_TOKEN);
    }

    @Test
    void aTokenFromAnotherIssuerIsInvalid() {
        String genuine = accounts.agentToken(unique("eva"));

        String foreign = forged(genuine, Instant.now(), Duration.ofHours(1), "someone-else");

        assertAnswer(getWith("Bearer " + foreign), 401, INVALID_TOKEN);
    }

    @Test
    void aSignedTokenClaimingAnotherRoleThanTheAccountsIsInvalid() {
        String genuine = accounts.userToken(unique("ana"));
        JsonNode claims = Tokens.payload(genuine);

        String promoted = Tokens.claims(claims.get("sub").asString(), "AGENT", Instant.now(), Duration.ofHours(1))
                .signWith(Tokens.key(secret), Jwts.SIG.HS256)
                .compact();

        assertAnswer(getWith("Bearer " + promoted), 401, INVALID_TOKEN);
    }

    @Test
    void aSignedTokenForAnAccountThatDoesNotExistIsInvalid() {
        String ghost = Tokens.claims(Long.toString(Long.MAX_VALUE), "AGENT", Instant.now(), Duration.ofHours(1))
                .signWith(Tokens.key(secret), Jwts.SIG.HS256)
                .compact();

        assertAnswer(getWith("Bearer " + ghost), 401, INVALID_TOKEN);
    }

    @Test
    void aSchemeWithoutATokenIsInvalid() {
        assertAnswer(getWith("Bearer"), 401, INVALID_TOKEN);
    }

    @Test
    void anInvalidTokenDoesNotBlockPublicRoutes() {
        String name = unique("ana");
        accounts.register(name);

        ApiClient.Response response = api.post("/api/auth/login/",
                Map.of("username", name, "password", Accounts.PASSWORD), "not-a-jwt");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
