package com.chatcore.web.realtime;

import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.FindChatRoomQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which agent holds each chat, as this node's event feed has seen it. Chats taken before the node
 * started are looked up once in the read model.
 */
@Component
class ChatHolders {

    private static final long NONE = -1;

    private final QueryGateway queries;
    private final Map<String, Long> holders = new ConcurrentHashMap<>();

    ChatHolders(QueryGateway queries) {
        this.queries = queries;
    }

    void track(Object payload) {
        if (payload instanceof ChatTakenEvent taken) {
            holders.put(taken.chatRoomId(), taken.agentId());
        } else if (payload instanceof ChatAssignedEvent assigned) {
            holders.put(assigned.chatRoomId(), assigned.agentId());
        } else if (payload instanceof ChatTransferredEvent transferred) {
            holders.put(transferred.chatRoomId(), transferred.toAgentId());
        } else if (payload instanceof ChatUnassignedEvent unassigned) {
            holders.put(unassigned.chatRoomId(), NONE);
        }
    }

    Optional<Long> holderOf(String chatRoomId) {
        long holder = holders.computeIfAbsent(chatRoomId, this::lookUp);
        return holder == NONE ? Optional.empty() : Optional.of(holder);
    }

    private long lookUp(String chatRoomId) {
        return queries.query(new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join().map(ChatRoomView::agent).map(ChatRoomView.AgentRef::id).orElse(NONE);
    }
}
