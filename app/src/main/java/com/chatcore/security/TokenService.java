package com.chatcore.security;

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
 * Issues and verifies the API's JWTs (HS256, claims sub, roles, jti, iat, exp, iss, token_type). A
 * refresh token is never an API credential; a token without token_type predates it and is an access token.
 */
@Component
public class TokenService {

    static final String ACCESS = "access";
    static final String REFRESH = "refresh";
    private static final String TOKEN_TYPE = "token_type";

    private final JwtKeyProvider keys;
    private final ChatProperties.Jwt settings;
    private final Clock clock;

    TokenService(JwtKeyProvider keys, ChatProperties properties, Clock clock) {
        this.keys = keys;
        this.settings = properties.jwt();
        this.clock = clock;
    }

    public String issue(long userId, Role role) {
        return issue(userId, role, settings.lifetime());
    }

    public String issue(long userId, Role role, Duration lifetime) {
        return issue(userId, role, lifetime, ACCESS);
    }

    public String issueRefresh(long userId, Role role) {
        return issue(userId, role, settings.refreshLifetime(), REFRESH);
    }

    private String issue(long userId, Role role, Duration lifetime, String type) {
        Instant now = clock.instant();
        return Jwts.builder()
                .subject(Long.toString(userId))
                .claim("roles", List.of(role.name()))
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .issuer(settings.issuer())
                .claim(TOKEN_TYPE, type)
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
                    claims.getExpiration().toInstant()));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Role roleOf(Claims claims) {
        Object roles = claims.get("roles");
        if (roles instanceof List<?> list && list.size() == 1) {
            return Role.valueOf(String.valueOf(list.get(0)));
        }
        throw new IllegalArgumentException("roles claim must name one role");
    }
}
