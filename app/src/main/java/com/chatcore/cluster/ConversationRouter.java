package com.chatcore.cluster;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.distributed.CommandMessageFilter;
import org.axonframework.commandhandling.distributed.CommandRouter;
import org.axonframework.commandhandling.distributed.ConsistentHash;
import org.axonframework.commandhandling.distributed.Member;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.commandhandling.distributed.SimpleMember;
import org.axonframework.commandhandling.distributed.commandfilter.AcceptAll;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends each command to one node by its target aggregate (a conversation, an agent, an account), on a
 * consistent hash over the live nodes, so that an aggregate's commands run where it is cached instead of
 * conflicting with a stale copy on another node. Membership comes from the nodes' beats
 * ({@link ClusterNode}); every node runs the same command handlers, so all take every command. While nodes
 * join or leave, two nodes may briefly both take an aggregate: the event store's sequence check and the
 * gateway's retry keep that correct, only slower.
 */
final class ConversationRouter implements CommandRouter {

    /** Points on the ring per node: enough for an even spread of aggregates over a handful of nodes. */
    private static final int LOAD_FACTOR = 100;

    private final String localNodeId;
    private final RoutingStrategy routingKeys = AnnotationRoutingStrategy.builder()
            .fallbackRoutingStrategy(command -> null).build();
    private final AtomicReference<ConsistentHash> ring = new AtomicReference<>(new ConsistentHash());
    private volatile Member local;

    ConversationRouter(String localNodeId) {
        this.localNodeId = localNodeId;
        this.local = member(localNodeId, null, true);
    }

    /**
     * A command without a target aggregate creates one under an id it does not name yet (an account, a
     * guest's pre-chat session): nothing is cached for it, so it runs where it was sent.
     */
    @Override
    public Optional<Member> findDestination(CommandMessage<?> command) {
        String key = routingKeys.getRoutingKey(command);
        ConsistentHash current = ring.get();
        if (key == null || current.getMembers().isEmpty()) {
            return Optional.of(local);
        }
        return current.getMember(key, command);
    }

    /** Called by the bus for the handlers subscribed on this node; every node subscribes the same ones. */
    @Override
    public void updateMembership(int loadFactor, CommandMessageFilter commandFilter) {
    }

    /** The live nodes, this one always among them (it is alive even when its beat could not be written). */
    void peersChanged(List<ClusterNode.Peer> peers) {
        ConsistentHash next = new ConsistentHash();
        boolean localSeen = false;
        for (ClusterNode.Peer peer : peers) {
            boolean isLocal = peer.nodeId().equals(localNodeId);
            localSeen |= isLocal;
            Member member = member(peer.nodeId(), peer.commandUrl(), isLocal);
            if (isLocal) {
                local = member;
            }
            next = next.with(member, LOAD_FACTOR, AcceptAll.INSTANCE);
        }
        if (!localSeen) {
            next = next.with(local, LOAD_FACTOR, AcceptAll.INSTANCE);
        }
        ring.set(next);
    }

    /** The nodes commands are routed over now, by id. */
    Set<String> nodes() {
        Set<String> nodes = new TreeSet<>();
        ring.get().getMembers().forEach(member -> nodes.add(member.name()));
        return nodes;
    }

    private static Member member(String nodeId, URI commandUrl, boolean local) {
        return new SimpleMember<>(nodeId, commandUrl, local, suspect -> { });
    }
}
