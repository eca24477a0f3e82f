package com.chatcore.security;

import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.Role;
import com.chatcore.config.ChatProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtBuilder;
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
import java.util.function.Function;

/**
 * Issues and verifies the API's JWTs (HS256, claims sub, roles, jti, iat, exp, iss, token_type,
 * token_generation; the pairs of /api/token/ also token_family and auth_time). A refresh token is never an
 * API credential; a token without token_type predates it and is an access token.
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
    /** The login a pair descends from, shared by every token refreshed from it. */
    private static final String FAMILY = "token_family";
    /** OpenID Connect's name for when the login happened: the start of its refresh chain. */
    private static final String AUTH_TIME = "auth_time";

    /**
     * Access tokens already verified, by their text: every request presents one, and parsing and checking
     * its signature cost about 6 % of a message's CPU. What a token says never changes; its expiry is
     * checked again on every use, and revocation and account standing are not cached here.
     */
    private static final int VERIFIED_KEPT = 10_000;

    private final JwtKeyProvider keys;
    private final ChatProperties.Jwt settings;
    private final Clock clock;
    private final Cache<String, Caller> verified = Caffeine.newBuilder()
            .maximumSize(VERIFIED_KEPT)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    TokenService(JwtKeyProvider keys, ChatProperties properties, Clock clock) {
        this.keys = keys;
        this.settings = properties.jwt();
        this.clock = clock;
    }

    /** Whom a token is issued to: the account, its role, and its token generation at issue time. */
    public record Subject(long userId, Role role, long tokenGeneration) {
    }

    /** A login of /api/token/: the id its tokens carry as token_family, and when it happened (whole seconds). */
    record Login(String id, Instant at) {
    }

    /** A verified refresh token: whom it names, and the login its chain began with. */
    record Refresh(Caller caller, Login login) {
    }

    /** A seed 003 login token, of the configured lifetime; it belongs to no family. */
    public String issue(LoginAccountView account) {
        Instant now = clock.instant();
        return builder(new Subject(account.userId(), account.role(), account.tokenGeneration()), ACCESS,
                UUID.randomUUID().toString(), now, now.plus(settings.lifetime())).compact();
    }

    /**
     * One token of a login's chain. Every input is explicit and HS256 is deterministic, so the same inputs
     * give the same token, byte for byte, on any node: that is how a refresh repeated within its grace
     * window answers the pair the first one did.
     */
    String issue(Subject subject, String type, Login login, String tokenId, Instant issuedAt, Instant expiresAt) {
        return builder(subject, type, tokenId, issuedAt, expiresAt)
                .claim(FAMILY, login.id())
                .claim(AUTH_TIME, login.at().getEpochSecond())
                .compact();
    }

    private JwtBuilder builder(Subject subject, String type, String tokenId, Instant issuedAt, Instant expiresAt) {
        return Jwts.builder()
                .subject(Long.toString(subject.userId()))
                .claim("roles", List.of(subject.role().name()))
                .id(tokenId)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .issuer(settings.issuer())
                .claim(TOKEN_TYPE, type)
                .claim(GENERATION, subject.tokenGeneration())
                .signWith(keys.key(), Jwts.SIG.HS256);
    }

    /** The caller a token names, or empty when the token is malformed, forged, expired or incomplete. */
    Optional<Caller> verify(String token) {
        Caller known = verified.getIfPresent(token);
        if (known != null) {
            // As the parser decides: a token is good up to and including its expiry instant.
            return clock.instant().isAfter(known.tokenExpiresAt()) ? Optional.empty() : Optional.of(known);
        }
        Optional<Caller> caller = verify(token, ACCESS, TokenService::callerOf);
        caller.ifPresent(c -> verified.put(token, c));
        return caller;
    }

    /**
     * The caller and login a refresh token names, or empty when it is not a valid refresh token. One issued
     * before token families existed is the first of its own: its id names the family, its issue the login.
     */
    Optional<Refresh> verifyRefresh(String token) {
        return verify(token, REFRESH, TokenService::refreshOf);
    }

    private <T> Optional<T> verify(String token, String expectedType, Function<Claims, T> read) {
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
            return Optional.of(read.apply(claims));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Caller callerOf(Claims claims) {
        Object family = claims.get(FAMILY);
        if (family != null && !(family instanceof String)) {
            throw new IllegalArgumentException("token_family claim must be a string");
        }
        return new Caller(Long.parseLong(claims.getSubject()), roleOf(claims), claims.getId(),
                claims.getExpiration().toInstant(), generationOf(claims), (String) family);
    }

    private static Refresh refreshOf(Claims claims) {
        Caller caller = callerOf(claims);
        Object authTime = claims.get(AUTH_TIME);
        if (authTime == null && claims.getIssuedAt() == null) {
            throw new IllegalArgumentException("a refresh token must say when its login happened");
        }
        Instant at = authTime == null ? claims.getIssuedAt().toInstant() : Instant.ofEpochSecond(whole(authTime));
        String family = caller.tokenFamily() == null ? caller.tokenId() : caller.tokenFamily();
        return new Refresh(caller, new Login(family, at));
    }

    /** Tokens issued before generations existed belong to generation 0, that of an unchanged account. */
    private static long generationOf(Claims claims) {
        Object generation = claims.get(GENERATION);
        return generation == null ? 0 : whole(generation);
    }

    private static long whole(Object claim) {
        if (claim instanceof Number number && number.longValue() == number.doubleValue()) {
            return number.longValue();
        }
        throw new IllegalArgumentException("claim must be a whole number");
    }

    private static Role roleOf(Claims claims) {
        Object roles = claims.get("roles");
        if (roles instanceof List<?> list && list.size() == 1) {
            return Role.valueOf(String.valueOf(list.get(0)));
        }
        throw new IllegalArgumentException("roles claim must name one role");
    }
}
