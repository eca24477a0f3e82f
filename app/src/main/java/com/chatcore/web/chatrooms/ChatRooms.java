package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatMessagesQuery;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessagesForChatsQuery;
import com.chatcore.web.error.NotFoundException;
import com.chatcore.web.livechat.ChatRoomJson;
import com.chatcore.web.livechat.LiveChatJson;
import com.chatcore.web.livechat.WaitingChatJson;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads of the live-chat read model shared by the chat-room endpoints. */
@Component
class ChatRooms {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final QueryGateway queries;
    /** Rooms seen to exist: a room is never deleted, so routes that only need it to exist ask once. */
    private final Cache<String, Boolean> known = Caffeine.newBuilder().maximumSize(100_000).build();

    ChatRooms(QueryGateway queries) {
        this.queries = queries;
    }

    /** The id of an existing chat room, or 404 for an unknown or malformed id. */
    String requireId(String id) {
        if (known.getIfPresent(id) == null) {
            require(id);
            known.put(id, Boolean.TRUE);
        }
        return id;
    }

    /** The chat room, or 404 for an unknown or malformed id. */
    ChatRoomView require(String id) {
        if (!UUID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        return queries.query(new FindChatRoomQuery(id), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join().orElseThrow(NotFoundException::new);
    }

    List<ChatMessageView> messages(String chatRoomId, int limit) {
        return queries.query(new FindChatMessagesQuery(chatRoomId, limit),
                ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join();
    }

    ChatRoomJson fullRoom(ChatRoomView room) {
        return ChatRoomJson.of(room, messages(room.id(), LiveChatJson.MESSAGES_PER_LISTED_ROOM));
    }

    /** Full rooms of a page, with their messages read in one query. */
    List<ChatRoomJson> fullRooms(List<ChatRoomView> rooms) {
        Map<String, List<ChatMessageView>> messages = latestMessages(rooms);
        return rooms.stream()
                .map(room -> ChatRoomJson.of(room, messages.getOrDefault(room.id(), List.of())))
                .toList();
    }

    List<WaitingChatJson> waitingRooms(List<ChatRoomView> rooms, Clock clock) {
        Map<String, List<ChatMessageView>> messages = latestMessages(rooms);
        return rooms.stream()
                .map(room -> WaitingChatJson.of(room, messages.getOrDefault(room.id(), List.of()), clock))
                .toList();
    }

    /** Each room's latest messages, read for all of them in one query. */
    private Map<String, List<ChatMessageView>> latestMessages(List<ChatRoomView> rooms) {
        List<String> ids = rooms.stream().map(ChatRoomView::id).toList();
        return queries.query(new FindMessagesForChatsQuery(ids, LiveChatJson.MESSAGES_PER_LISTED_ROOM),
                        ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join().stream()
                .collect(Collectors.groupingBy(ChatMessageView::chatRoomId));
    }
}
