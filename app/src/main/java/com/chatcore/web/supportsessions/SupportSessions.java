package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomPage;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatMessagesQuery;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessagesForChatsQuery;
import com.chatcore.api.conversation.FindSupportSessionsQuery;
import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.UserView;
import com.chatcore.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of support sessions from the live-chat read model, and who may see them. */
@Component
class SupportSessions {

    /** As many as {@code /api/chat-rooms/{id}/messages/} answers. */
    static final int MESSAGES = 1000;

    private final QueryGateway queries;

    SupportSessions(QueryGateway queries) {
        this.queries = queries;
    }

    /** The support session {@code id}, whoever's it is: 404 when there is none. */
    ChatRoomView support(String id) {
        return queries.query(new FindChatRoomQuery(id), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join().filter(view -> view.channel() == Channel.SUPPORT).orElseThrow(SupportProblem::notFound);
    }

    /** The caller's session {@code id}: 404 when there is no such support session, 403 when it is another's. */
    ChatRoomView owned(String id, Caller caller) {
        ChatRoomView room = support(id);
        if (room.chatUser().id() != caller.userId()) {
            throw SupportProblem.forbidden();
        }
        return room;
    }

    Optional<ChatRoomView> open(Caller caller) {
        return page(caller, true, 1, 1).chats().stream().findFirst();
    }

    ChatRoomPage page(Caller caller, boolean openOnly, int page, int pageSize) {
        return queries.query(new FindSupportSessionsQuery(caller.userId(), openOnly, page, pageSize),
                ChatRoomPage.class).join();
    }

    List<ChatMessageView> messages(String sessionId) {
        return queries.query(new FindChatMessagesQuery(sessionId, MESSAGES),
                ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join();
    }

    /** Each room's messages (as {@link #messages}), read in one query: lists never ask once per session. */
    Map<String, List<ChatMessageView>> messagesOf(List<ChatRoomView> rooms) {
        Map<String, List<ChatMessageView>> byRoom = new HashMap<>();
        rooms.forEach(room -> byRoom.put(room.id(), new ArrayList<>()));
        queries.query(new FindMessagesForChatsQuery(rooms.stream().map(ChatRoomView::id).toList(), MESSAGES),
                ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join()
                .forEach(message -> byRoom.get(message.chatRoomId()).add(message));
        return byRoom;
    }

    SupportSessionJson json(ChatRoomView room) {
        return SupportSessionJson.of(room, messages(room.id()));
    }

    List<SupportSessionJson> json(List<ChatRoomView> rooms) {
        Map<String, List<ChatMessageView>> messages = messagesOf(rooms);
        return rooms.stream().map(room -> SupportSessionJson.of(room, messages.get(room.id()))).toList();
    }

    Optional<UserView> account(Caller caller) {
        return queries.query(new FindUserByIdQuery(caller.userId()), ResponseTypes.optionalInstanceOf(UserView.class))
                .join();
    }
}
