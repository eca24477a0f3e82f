package com.chatcore.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The connection pool and the threads it started, for {@link PoolReconnect}. */
@Component
class PoolThreads implements BeanPostProcessor {

    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile HikariDataSource pool;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && pool == null) {
            ThreadFactory given = hikari.getThreadFactory();
            hikari.setThreadFactory(runnable -> {
                Thread thread = given != null ? given.newThread(runnable) : daemon(runnable);
                threads.add(thread);
                return thread;
            });
            pool = hikari;
        }
        return bean;
    }

    /** Like Hikari's own threads: daemons, so that they never hold the JVM up. */
    private Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "db-pool-" + counter.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    HikariDataSource pool() {
        return pool;
    }

    List<Thread> alive() {
        threads.removeIf(thread -> !thread.isAlive());
        return List.copyOf(threads);
    }
}
