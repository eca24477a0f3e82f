package com.chatcore.security;

import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.Role;
import com.chatcore.config.ChatProperties;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and verifies the API's JWTs (HS256, claims sub, roles, jti, iat, exp, iss, token_type,
 * token_generation). A refresh token is never an API credential; a token without token_type predates it
 * and is an access token.
 */
@Component
public class TokenService {

    static final String ACCESS = "access";
    static final String REFRESH = "refresh";
    private static final String TOKEN_TYPE = "token_type";
    /**
     * Not a time: {@code iat} has whole seconds, and a token issued in the same second as a password
     * change must live or die by which side of the change it was issued on.
     */
    private static final String GENERATION = "token_generation";

    private final JwtKeyProvider keys;
    private final ChatProperties.Jwt settings;
    private final Clock clock;

    TokenService(JwtKeyProvider keys, ChatProperties properties, Clock clock) {
        this.keys = keys;
        this.settings = properties.jwt();
        this.clock = clock;
    }

    /** Whom a token is issued to: the account, its role, and its token generation at issue time. */
    public record Subject(long userId, Role role, long tokenGeneration) {
    }

    /** A seed 003 login token, of the configured lifetime. */
    public String issue(LoginAccountView account) {
        return issue(new Subject(account.userId(), account.role(), account.tokenGeneration()), settings.lifetime());
    }

    String issue(Subject subject, Duration lifetime) {
        return issue(subject, lifetime, ACCESS);
    }

    String issueRefresh(Subject subject) {
        return issue(subject, settings.refreshLifetime(), REFRESH);
    }

    private String issue(Subject subject, Duration lifetime, String type) {
        Instant now = clock.instant();
        return Jwts.builder()
                .subject(Long.toString(subject.userId()))
                .claim("roles", List.of(subject.role().name()))
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .issuer(settings.issuer())
                .claim(TOKEN_TYPE, type)
                .claim(GENERATION, subject.tokenGeneration())
                .signWith(keys.key(), Jwts.SIG.HS256)
                .compact();
    }

    /** The caller a token names, or empty when the token is malformed, forged, expired or incomplete. */
    Optional<Caller> verify(String token) {
        return verify(token, ACCESS);
    }

    /** The caller a refresh token names, or empty when it is not a valid refresh token. */
    Optional<Caller> verifyRefresh(String token) {
        return verify(token, REFRESH);
    }

    private Optional<Caller> verify(String token, String expectedType) {
        try {
            Claims claims = Jwts.parser()
                    .verifyWith(keys.key())
                    .requireIssuer(settings.issuer())
                    .clock(() -> Date.from(clock.instant()))
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            if (claims.getExpiration() == null || claims.getId() == null || claims.getSubject() == null) {
                return Optional.empty();
            }
            Object type = claims.get(TOKEN_TYPE);
            if (!expectedType.equals(type == null ? ACCESS : type)) {
                return Optional.empty();
            }
            return Optional.of(new Caller(Long.parseLong(claims.getSubject()), roleOf(claims), claims.getId(),
                    claims.getExpiration().toInstant(), generationOf(claims)));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Tokens issued before generations existed belong to generation 0, that of an unchanged account. */
    private static long generationOf(Claims claims) {
        Object generation = claims.get(GENERATION);
        if (generation == null) {
            return 0;
        }
        if (generation instanceof Number number && number.longValue() == number.doubleValue()) {
            return number.longValue();
        }
        throw new IllegalArgumentException("token_generation claim must be a whole number");
    }

    private static Role roleOf(Claims claims) {
        Object roles = claims.get("roles");
        if (roles instanceof List<?> list && list.size() == 1) {
            return Role.valueOf(String.valueOf(list.get(0)));
        }
        throw new IllegalArgumentException("roles claim must name one role");
    }
}
