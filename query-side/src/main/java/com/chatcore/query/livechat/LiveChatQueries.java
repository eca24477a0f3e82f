package com.chatcore.query.livechat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomPage;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatMessagesQuery;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindChatRoomsQuery;
import com.chatcore.api.conversation.FindMessageQuery;
import com.chatcore.api.conversation.FindMessagesByIdsQuery;
import com.chatcore.api.conversation.FindMessagesForChatsQuery;
import com.chatcore.api.conversation.FindRecentMessagesQuery;
import com.chatcore.api.conversation.FindSupportSessionsQuery;
import com.chatcore.api.conversation.FindWaitingChatsQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Query handlers of the live-chat read model; every list is bounded by its query. */
@Component
class LiveChatQueries {

    private final LiveChatReads reads;

    LiveChatQueries(LiveChatReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    Optional<ChatRoomView> handle(FindChatRoomQuery query) {
        return reads.room(query.chatRoomId());
    }

    @QueryHandler
    ChatRoomPage handle(FindChatRoomsQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            conditions.add("c.status = ANY (?)");
            args.add(query.statuses().stream().map(ChatStatus::name).toArray(String[]::new));
        }
        if (query.agentId() != null) {
            conditions.add("c.agent_id = ?");
            args.add(query.agentId());
        }
        if (query.visibleToAgentId() != null) {
            conditions.add("(c.status = 'WAITING' OR c.agent_id = ?)");
            args.add(query.visibleToAgentId());
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        long total = reads.count(where, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.pageSize());
        pageArgs.add((long) (query.page() - 1) * query.pageSize());
        List<ChatRoomView> chats = reads.rooms(where + " ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?",
                pageArgs.toArray());
        return new ChatRoomPage(chats, total);
    }

    @QueryHandler
    ChatRoomPage handle(FindWaitingChatsQuery query) {
        String where = "WHERE c.status = 'WAITING'";
        long total = reads.count(where);
        List<Object> args = new ArrayList<>(List.of(reads.waitingOrderArgs()));
        args.add(query.pageSize());
        args.add((long) (query.page() - 1) * query.pageSize());
        return new ChatRoomPage(reads.rooms(where + " " + reads.waitingOrder() + " LIMIT ? OFFSET ?",
                args.toArray()), total);
    }

    @QueryHandler
    ChatRoomPage handle(FindSupportSessionsQuery query) {
        String where = "WHERE c.channel = 'SUPPORT' AND c.chat_user_id = ?"
                + (query.openOnly() ? " AND c.status IN ('WAITING', 'ACTIVE')" : "");
        long total = reads.count(where, query.userId());
        List<ChatRoomView> sessions = reads.rooms(where + " ORDER BY c.created_at DESC, c.id LIMIT ? OFFSET ?",
                query.userId(), query.pageSize(), (long) (query.page() - 1) * query.pageSize());
        return new ChatRoomPage(sessions, total);
    }

    @QueryHandler
    List<ChatMessageView> handle(FindChatMessagesQuery query) {
        return reads.messages("""
                WHERE m.id IN (SELECT id FROM chat_messages WHERE chat_room_id = ? ORDER BY position DESC LIMIT ?)
                ORDER BY m.position""", query.chatRoomId(), query.limit());
    }

    @QueryHandler
    List<ChatMessageView> handle(FindMessagesForChatsQuery query) {
        if (query.chatRoomIds().isEmpty()) {
            return List.of();
        }
        return reads.messages("""
                WHERE m.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY chat_room_id
                    ORDER BY position DESC) AS n FROM chat_messages WHERE chat_room_id = ANY (?)) r WHERE r.n <= ?)
                ORDER BY m.chat_room_id, m.position""",
                query.chatRoomIds().toArray(String[]::new), query.limitPerChat());
    }

    @QueryHandler
    Optional<ChatMessageView> handle(FindMessageQuery query) {
        return reads.message(query.messageId());
    }

    @QueryHandler
    List<ChatMessageView> handle(FindMessagesByIdsQuery query) {
        if (query.messageIds().isEmpty()) {
            return List.of();
        }
        return reads.messages("WHERE m.id = ANY (?) ORDER BY m.chat_room_id, m.position",
                (Object) query.messageIds().toArray(String[]::new));
    }

    /** Event times have millisecond precision: messages of one chat in the same millisecond keep their order. */
    @QueryHandler
    List<ChatMessageView> handle(FindRecentMessagesQuery query) {
        if (query.agentId() == null) {
            return reads.messages("ORDER BY m.created_at DESC, m.position DESC, m.id LIMIT ?", query.limit());
        }
        return reads.messages("""
                WHERE m.chat_room_id IN (SELECT id FROM chat_rooms WHERE agent_id = ?)
                ORDER BY m.created_at DESC, m.position DESC, m.id LIMIT ?""", query.agentId(), query.limit());
    }
}
