package com.chatcore.query.livechat;

import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.query.writes.DeferredWrites;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

/**
 * Pushes fresh rooms to open subscription queries (read-your-writes; new messages are signalled through
 * {@link com.chatcore.query.signals.ProjectedMessages}). A view is only read back when
 * somebody is subscribed to that query type, so the projection pays nothing otherwise.
 */
@Component
class LiveChatUpdates {

    private final QueryUpdateEmitter emitter;
    private final LiveChatReads reads;
    private final DeferredWrites writes;

    LiveChatUpdates(QueryUpdateEmitter emitter, LiveChatReads reads, DeferredWrites writes) {
        this.emitter = emitter;
        this.reads = reads;
        this.writes = writes;
    }

    void roomChanged(String chatRoomId) {
        if (subscribed(FindChatRoomQuery.class)) {
            writes.flush();
            reads.room(chatRoomId).ifPresent(view -> emitter.emit(FindChatRoomQuery.class,
                    q -> q.chatRoomId().equals(chatRoomId), view));
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
