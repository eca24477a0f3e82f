package com.chatcore.security;

import com.chatcore.api.user.LoginAccountView;
import com.chatcore.config.ChatProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * SimpleJWT-style token pairs: a short-lived access token and a rotating refresh token. Each login starts a
 * token family that every pair refreshed from it belongs to (the {@code token_family} claim).
 * <ul>
 * <li>A refresh token's first use fixes the new pair (RefreshTokenUses); for the grace window after it, the
 * token answers that same pair again, so a client that refreshes from several parallel requests gets one
 * pair, whichever node each request reaches.</li>
 * <li>A refresh token used after its window was most likely stolen (or its holder is replaying it): the
 * whole family is revoked, refresh and access tokens alike, and the use answers 401.</li>
 * <li>No token of a family outlives the absolute lifetime counted from its login.</li>
 * </ul>
 */
@Component
public class TokenPairs {

    private static final Logger log = LoggerFactory.getLogger(TokenPairs.class);

    public record Pair(String access, String refresh) {
    }

    private final TokenService tokens;
    private final TokenRevocations revocations;
    private final RefreshTokenUses uses;
    private final AccountStanding accounts;
    private final ChatProperties.Jwt settings;
    private final Clock clock;

    TokenPairs(TokenService tokens, TokenRevocations revocations, RefreshTokenUses uses, AccountStanding accounts,
            ChatProperties properties, Clock clock) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.uses = uses;
        this.accounts = accounts;
        this.settings = properties.jwt();
        this.clock = clock;
    }

    /** The first pair of a new login, that is of a new family. */
    public Pair issue(LoginAccountView account) {
        Instant now = clock.instant();
        TokenService.Login login = new TokenService.Login(UUID.randomUUID().toString(),
                now.truncatedTo(ChronoUnit.SECONDS));
        return pair(new TokenService.Subject(account.userId(), account.role(), account.tokenGeneration()), login, now,
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    /**
     * The pair a valid refresh token stands for, or empty: when it is not valid, its family has ended
     * (revoked or past its absolute lifetime), its account no longer backs it (deactivated, password
     * changed), or its grace window is over, which also revokes its family.
     */
    public Optional<Pair> refresh(String refreshToken) {
        return tokens.verifyRefresh(refreshToken).flatMap(this::refresh);
    }

    private Optional<Pair> refresh(TokenService.Refresh refresh) {
        Caller caller = refresh.caller();
        TokenService.Login login = refresh.login();
        Instant now = clock.instant();
        if (!now.isBefore(endOf(login)) || revocations.isRevoked(caller.tokenId(), login.id())
                || !accounts.stillBacks(caller)) {
            return Optional.empty();
        }
        RefreshTokenUses.FirstUse first = uses.firstUse(caller, login.id());
        if (!first.isThisUse() && now.isAfter(first.at().plus(settings.refreshGrace()))) {
            revocations.revokeFamily(login.id(), caller.userId(), TokenRevocations.FamilyEnd.REUSE);
            log.warn("Refresh token reused {} after its first use, past the grace window: token family {} of user {}"
                    + " revoked", Duration.between(first.at(), now), login.id(), caller.userId());
            return Optional.empty();
        }
        return Optional.of(pair(new TokenService.Subject(caller.userId(), caller.role(), caller.tokenGeneration()),
                login, first.at(), first.accessId(), first.refreshId()));
    }

    /** Every input comes from the login and the first use, so each use in the window gets the same tokens. */
    private Pair pair(TokenService.Subject subject, TokenService.Login login, Instant at, String accessId,
            String refreshId) {
        Instant issuedAt = at.truncatedTo(ChronoUnit.SECONDS);
        Instant end = endOf(login);
        return new Pair(
                tokens.issue(subject, TokenService.ACCESS, login, accessId, issuedAt,
                        earlier(issuedAt.plus(settings.accessLifetime()), end)),
                tokens.issue(subject, TokenService.REFRESH, login, refreshId, issuedAt,
                        earlier(issuedAt.plus(settings.refreshLifetime()), end)));
    }

    private Instant endOf(TokenService.Login login) {
        return login.at().plus(settings.refreshAbsoluteLifetime());
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
