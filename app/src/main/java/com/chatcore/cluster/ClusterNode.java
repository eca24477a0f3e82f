package com.chatcore.cluster;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * This node's presence, in PostgreSQL's clock so that the nodes' clocks need not agree: every {@link #BEAT},
 * on a thread of its own (the shared scheduler may be busy restarting projections), the node records that it
 * is alive and where it takes the commands routed to it, and reads which nodes are alive. Another node can
 * so tell when an idempotency key's first request died with its node, and the command router knows where
 * each conversation's commands go.
 */
@Component
public class ClusterNode implements SmartLifecycle {

    public static final Duration BEAT = Duration.ofMillis(500);
    /** Silent this long: the node is taken as dead. Several beats, so one slow beat does not count. */
    public static final Duration DEAD_AFTER = Duration.ofSeconds(3);
    static final String COMMANDS_PATH = "/internal/commands";

    private final String nodeId = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final String advertisedUrl;
    private volatile URI commandUrl;
    private volatile int liveNodes = 1;
    private volatile Consumer<List<Peer>> peersListener = peers -> { };
    private ScheduledExecutorService beats;

    /** A live node and where it takes commands. */
    public record Peer(String nodeId, URI commandUrl) {
    }

    ClusterNode(JdbcTemplate jdbc, @Value("${chat.cluster.advertised-url:}") String advertisedUrl) {
        this.jdbc = jdbc;
        this.advertisedUrl = advertisedUrl;
    }

    public String nodeId() {
        return nodeId;
    }

    /** Whether other nodes beat too, as of the last beat. */
    public boolean hasPeers() {
        return liveNodes > 1;
    }

    void onPeers(Consumer<List<Peer>> listener) {
        this.peersListener = listener;
    }

    /**
     * The address other nodes reach this one at: {@code chat.cluster.advertised-url} (in a container, its
     * service name), else this host's address and the port the server listens on.
     */
    @EventListener
    void listening(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a management port, not the API's
        }
        String base = advertisedUrl.isBlank() ? "http://" + hostAddress() + ":" + event.getWebServer().getPort()
                : advertisedUrl.replaceAll("/+$", "");
        commandUrl = URI.create(base + COMMANDS_PATH);
    }

    private static String hostAddress() {
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }

    @Override
    public void start() {
        beat();
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cluster-node-beat");
            thread.setDaemon(true);
            return thread;
        });
        beats.scheduleWithFixedDelay(this::beat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            URI url = commandUrl;
            jdbc.update("""
                    INSERT INTO cluster_node (node_id, command_url, seen_at) VALUES (?, ?, now())
                    ON CONFLICT (node_id) DO UPDATE SET seen_at = now(), command_url = EXCLUDED.command_url""",
                    nodeId, url == null ? null : url.toString());
            List<Peer> peers = jdbc.query("""
                    SELECT node_id, command_url FROM cluster_node
                    WHERE command_url IS NOT NULL AND seen_at > now() - make_interval(secs => ?)""",
                    (row, index) -> new Peer(row.getString(1), URI.create(row.getString(2))),
                    DEAD_AFTER.toMillis() / 1000.0);
            liveNodes = Math.max(1, peers.size());
            peersListener.accept(peers);
        } catch (DataAccessException databaseDown) {
            // The next beat tries again; meanwhile no request of this node can answer either.
        }
    }

    /** Among the last to stop: requests finishing during a graceful shutdown still belong to a live node. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    @Override
    public void stop() {
        if (beats != null) {
            beats.shutdownNow();
            beats = null;
        }
    }

    @Override
    public boolean isRunning() {
        return beats != null;
    }
}
