package com.chatcore.config;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

/**
 * Gets the connection pool going again within moments of PostgreSQL's return. After a failed connection
 * attempt Hikari's adder thread sleeps with a back-off that doubles up to 5 s and cannot be configured, so
 * after an outage of more than a few seconds the first write could wait 5 s for PostgreSQL that was
 * already back. While that thread sleeps and the pool holds no connection, this checks PostgreSQL with a connection of its own every
 * {@code chat.db.reconnect-check-interval} (100 ms) and, once it answers, wakes the thread (Hikari's sleep
 * ends quietly on an interrupt and the thread connects at once).
 */
@Component
class PoolReconnect {

    private static final Logger log = LoggerFactory.getLogger(PoolReconnect.class);
    private static final String BACK_OFF_SLEEP = "quietlySleep";
    private static final String PROBE_TIMEOUT_SECONDS = "1";

    private final PoolThreads poolThreads;

    PoolReconnect(PoolThreads poolThreads) {
        this.poolThreads = poolThreads;
    }

    @Scheduled(fixedDelayString = "${chat.db.reconnect-check-interval:100ms}")
    void wakeThePoolOnceTheDatabaseIsBack() {
        HikariDataSource pool = poolThreads.pool();
        if (pool == null || pool.getHikariPoolMXBean() == null || pool.getHikariPoolMXBean().getTotalConnections() > 0) {
            return;
        }
        Thread[] backingOff = poolThreads.alive().stream().filter(PoolReconnect::backingOff).toArray(Thread[]::new);
        if (backingOff.length > 0 && databaseAnswers(pool)) {
            log.info("Database is back: waking the connection pool instead of waiting for its back-off");
            Arrays.stream(backingOff).forEach(Thread::interrupt);
        }
    }

    private static boolean backingOff(Thread thread) {
        return thread.getState() == Thread.State.TIMED_WAITING && Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> BACK_OFF_SLEEP.equals(frame.getMethodName())
                        && frame.getClassName().startsWith("com.zaxxer.hikari."));
    }

    private static boolean databaseAnswers(HikariDataSource pool) {
        Properties login = new Properties();
        if (pool.getUsername() != null) {
            login.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            login.setProperty("password", pool.getPassword());
        }
        login.setProperty("connectTimeout", PROBE_TIMEOUT_SECONDS);
        login.setProperty("socketTimeout", PROBE_TIMEOUT_SECONDS);
        try (Connection probe = DriverManager.getDriver(pool.getJdbcUrl()).connect(pool.getJdbcUrl(), login)) {
            return probe != null && probe.isValid(1);
        } catch (SQLException stillDown) {
            return false;
        }
    }
}
