package com.chatcore.cluster;

import com.chatcore.security.NodeRequestSignature;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.distributed.DistributedCommandBus;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's distributed command bus in front of the local one: each aggregate's commands run on one node
 * (README, "Several nodes"). {@code chat.cluster.route-commands=false} runs every command where it was sent,
 * as before, for comparison.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chat.cluster.route-commands", havingValue = "true", matchIfMissing = true)
class CommandRoutingConfig {

    @Bean
    ConversationRouter conversationRouter(ClusterNode node) {
        ConversationRouter router = new ConversationRouter(node.nodeId());
        node.onPeers(router::peersChanged);
        return router;
    }

    @Bean
    @Primary
    DistributedCommandBus distributedCommandBus(@Qualifier("localSegment") CommandBus localSegment,
            @Qualifier("messageSerializer") Serializer serializer, NodeRequestSignature signature,
            ConversationRouter router) {
        return DistributedCommandBus.builder().commandRouter(router)
                .connector(new HttpCommandConnector(localSegment, serializer, signature, ClusterJson.MAPPER))
                .build();
    }
}
