package com.chatcore.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, so boundaries can be hit to the second. A test class
 * with a context of its own makes it the application's clock with
 * {@code @Import(MovableClock.AsApplicationClock.class)} and autowires it.
 */
public final class MovableClock extends Clock {

    /** The application's clock, in place of the system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AsApplicationClock {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    // Whole seconds: PostgreSQL keeps microseconds, so a finer start would blur the boundary.
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    public void advance(Duration by) {
        now.updateAndGet(current -> current.plus(by));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use UTC");
    }
}
