package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.FindChatMessagesQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** A guest chat's messages as the guest's routes show them: the last 1000, oldest first, as agents see them. */
@Component
class GuestHistory {

    static final int LIMIT = 1000;

    private final QueryGateway queries;

    GuestHistory(QueryGateway queries) {
        this.queries = queries;
    }

    /** {@code chatRoomId}: the room's id, not the guest's key. */
    List<GuestMessageJson> of(String chatRoomId) {
        return queries.query(new FindChatMessagesQuery(chatRoomId, LIMIT),
                ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join().stream()
                .map(GuestMessageJson::of).toList();
    }
}
