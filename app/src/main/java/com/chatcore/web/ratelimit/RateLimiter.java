package com.chatcore.web.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Fixed-window rate limits ("at most N per period") whose counters live in PostgreSQL (table
 * {@code rate_limit_buckets}), so a limit holds across every node and survives restarts. Time comes
 * from the application's {@link Clock}.
 */
@Component
public class RateLimiter {

    private static final int CLEANUP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimiter(DataSource dataSource, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** Whether a permit was taken, and when not, how long until the window gives new ones. */
    public record Attempt(boolean allowed, Duration retryAfter) {
    }

    /**
     * Takes one permit of {@code subject} under the limit {@code name}.
     *
     * @return false when {@code limit} permits were already taken in the current {@code period}
     */
    public boolean tryAcquire(String name, String subject, long limit, Duration period) {
        return bucket(name, subject, limit, period).tryConsume(1);
    }

    /** As {@link #tryAcquire}, also saying when to come back when refused. */
    public Attempt tryTake(String name, String subject, long limit, Duration period) {
        ConsumptionProbe probe = bucket(name, subject, limit, period).tryConsumeAndReturnRemaining(1);
        return new Attempt(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Returns a permit taken by {@link #tryTake}, for limits that count only some outcomes. */
    public void giveBack(String name, String subject, long limit, Duration period) {
        bucket(name, subject, limit, period).addTokens(1);
    }

    private Bucket bucket(String name, String subject, long limit, Duration period) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, period))
                .build();
        // The limit and period are part of the key: a changed setting starts from a fresh window
        // instead of carrying a bucket shaped by the old one.
        String key = name + ":" + limit + "/" + period + ":" + sha256(subject);
        return buckets.builder().build(key, () -> configuration);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    void removeExpired() {
        int removed;
        do {
            removed = buckets.removeExpired(CLEANUP_BATCH);
        } while (removed == CLEANUP_BATCH);
    }

    private static String sha256(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
