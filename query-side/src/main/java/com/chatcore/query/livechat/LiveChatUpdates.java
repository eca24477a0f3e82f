package com.chatcore.query.livechat;

import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessageQuery;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * Pushes fresh views to open subscription queries (read-your-writes). A view is only read back when
 * somebody is subscribed to that query type, so the projection pays nothing otherwise.
 */
@Component
class LiveChatUpdates {

    private final QueryUpdateEmitter emitter;
    private final LiveChatReads reads;

    LiveChatUpdates(QueryUpdateEmitter emitter, LiveChatReads reads) {
        this.emitter = emitter;
        this.reads = reads;
    }

    void roomChanged(String chatRoomId) {
        if (subscribed(FindChatRoomQuery.class)) {
            reads.room(chatRoomId).ifPresent(view -> emitter.emit(FindChatRoomQuery.class,
                    q -> q.chatRoomId().equals(chatRoomId), view));
        }
    }

    void messageAdded(String messageId) {
        if (subscribed(FindMessageQuery.class)) {
            reads.message(messageId).ifPresent(view -> emitter.emit(FindMessageQuery.class,
                    q -> q.messageId().equals(messageId), view));
        }
    }

    private boolean subscribed(Class<?> queryType) {
        for (SubscriptionQueryMessage<?, ?, ?> subscription : emitter.activeSubscriptions()) {
            if (queryType.isInstance(subscription.getPayload())) {
                return true;
            }
        }
        return false;
    }
}
