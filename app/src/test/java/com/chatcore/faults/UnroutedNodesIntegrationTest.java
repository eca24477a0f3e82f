package com.chatcore.faults;

import com.chatcore.faults.LiveChats.Agent;
import com.chatcore.faults.LiveChats.Chat;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands run on the node they reach ({@code chat.cluster.route-commands=false}): each node caches the
 * conversations it wrote to, and another node's append makes that copy stale. The append's notice names the
 * conversation, so the other nodes drop their copies at once, and their next command loads it as stored
 * instead of failing on the event store's sequence check and running again. Without the notice, 27 of these
 * 30 messages failed once (every message after a node's first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnroutedNodesIntegrationTest {

    private static final int MESSAGES = 30;
    /** Headroom for a notice that reaches a node after the next command there (it is sent at commit). */
    private static final int TOLERATED_CONFLICTS = 3;

    private ThreeNodes nodes;
    private LiveChats chats;

    @BeforeAll
    void startNodes() throws Exception {
        List<String> arguments = new ArrayList<>(LiveChats.NODE_ARGUMENTS);
        arguments.add("--chat.cluster.route-commands=false");
        nodes = ThreeNodes.start(arguments.toArray(String[]::new));
        chats = new LiveChats(nodes);
    }

    @AfterAll
    void stopNodes() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aConversationWrittenThroughEveryNodeInTurnIsNeverStaleOnAny() {
        Agent agent = chats.newAgent(0, 5);
        Chat chat = chats.open(1).get(0);
        ApiClient.Response taken = LiveChats.take(nodes.api(0), chat.room(), agent);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        double conflictsBefore = failedSends();

        for (int i = 0; i < MESSAGES; i++) {
            ApiClient.Response sent = i % 2 == 0 ? LiveChats.guestSays(nodes.api(i), chat, "guest " + i)
                    : LiveChats.agentSays(nodes.api(i), chat, agent, "agent " + i);
            assertThat(sent.status()).as(sent.toString()).isBetween(200, 201);
        }

        assertThat(chats.messages(nodes.api(1), chat.room())).hasSizeGreaterThanOrEqualTo(MESSAGES);
        assertThat(failedSends() - conflictsBefore).as("sends that found a stale conversation and ran again")
                .isLessThanOrEqualTo(TOLERATED_CONFLICTS);
    }

    /** Every node's count of SendMessageCommand runs that failed (here: lost the append to another node). */
    private double failedSends() {
        double failed = 0;
        for (int node = 0; node < nodes.nodes().size(); node++) {
            ApiClient.Response metrics = nodes.api(node).get("/actuator/prometheus", chats.superuserToken());
            assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
            for (String line : metrics.body().lines().toList()) {
                if (line.startsWith("chat_commands_seconds_count{") && line.contains("command=\"SendMessageCommand\"")
                        && line.contains("outcome=\"failure\"")) {
                    failed += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return failed;
    }
}
