package com.chatcore.config;

import com.chatcore.query.signals.Projected;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Listens (PostgreSQL {@code LISTEN}) for what other nodes' projections announce they wrote, and tells
 * this node's waiting writers ({@link Projected#writtenElsewhere(String)}): read-your-writes across nodes
 * within milliseconds of the other node's commit, instead of at the writer's next 100 ms re-read. It also
 * hears other nodes' appends for the event store ({@link ClusterEventStore}). One
 * connection of the pool is held for it; after a lost connection it listens again within a second, and a
 * writer that missed an announcement meanwhile still finds its row at its next re-read.
 */
@Component
class ProjectedElsewhereListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectedElsewhereListener.class);
    private static final int WAIT_MS = 500;

    private final DataSource dataSource;
    private final Map<String, Projected<?>> byChannel;
    private final ClusterEventStore eventStore;
    private volatile boolean running;
    private volatile Thread thread;

    ProjectedElsewhereListener(DataSource dataSource, List<Projected<?>> projected, ClusterEventStore eventStore) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.byChannel = projected.stream().collect(Collectors.toMap(Projected::channel, Function.identity()));
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "projected-elsewhere");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    for (String channel : byChannel.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                    statement.execute("LISTEN " + ClusterEventStore.CHANNEL);
                }
                PGConnection listening = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = listening.getNotifications(WAIT_MS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        if (notification.getName().equals(ClusterEventStore.CHANNEL)) {
                            eventStore.appendedElsewhere(notification.getParameter());
                            continue;
                        }
                        Projected<?> projected = byChannel.get(notification.getName());
                        if (projected != null) {
                            projected.writtenElsewhere(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.debug("Listening for other nodes' projections failed; listening again in a second", e);
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
