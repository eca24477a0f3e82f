package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomPage;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatMessagesQuery;
import com.chatcore.api.conversation.FindChatRoomsQuery;
import com.chatcore.api.conversation.Reader;
import com.chatcore.security.Caller;
import com.chatcore.web.livechat.GuestRoom;
import com.chatcore.web.livechat.LiveChatJson;
import com.chatcore.web.livechat.MessageJson;
import com.chatcore.web.livechat.UnreadCountJson;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 003 "Mensajes" read by either side: the guest (no token, {@code chat_room_id} is the guest's key)
 * or the agent side (AGENT or SUPERUSER token, {@code chat_room_id} is the room id). Agents see the chats they hold and waiting chats;
 * superusers see every chat.
 */
@RestController
@RequestMapping("/api/messages")
class ChatMessagesController {

    private static final int ROOMS_PAGE = 100;

    private final QueryGateway queries;
    private final ChatAccess access;
    private final ReadMarks readMarks;

    ChatMessagesController(QueryGateway queries, ChatAccess access, ReadMarks readMarks) {
        this.queries = queries;
        this.access = access;
        this.readMarks = readMarks;
    }

    /**
     * Agent side: the customer's unread messages in one chat, or without {@code chat_room_id} the sum
     * over the chats the agent holds active (every active chat for a superuser). Guest: the agent's
     * messages the guest has not read.
     */
    @GetMapping("/unread_count")
    @Operation(summary = "Unread messages of the caller's side, in one chat or (agents) across their active chats")
    UnreadCountJson unreadCount(@RequestParam(name = "chat_room_id", required = false) String chatRoomId,
            @AuthenticationPrincipal Caller caller) {
        Optional<Staff> staff = access.staffIfAny(caller);
        long count;
        if (staff.isEmpty()) {
            count = access.guest(ChatAccess.required(chatRoomId)).room().unreadByUser();
        } else if (chatRoomId == null || chatRoomId.isBlank()) {
            count = activeUnread(staff.get());
        } else {
            ChatRoomView room = access.room(chatRoomId.trim());
            if (!staff.get().maySee(room)) {
                throw new AccessDeniedException("chat not visible to the caller");
            }
            count = room.unreadByAgent();
        }
        return new UnreadCountJson(count);
    }

    /**
     * The chat's last {@link MarkReadController#CHAT_WINDOW} messages, oldest first, after marking the
     * caller's unread ones read: the guest reads the agent's messages, the agent holding the chat reads
     * the customer's. Other agents may look at waiting chats without marking anything (403 otherwise);
     * superusers look at any chat without marking. {@code total_messages} counts the messages answered.
     */
    @GetMapping("/by_chat")
    @Operation(summary = "A chat's messages; marks the caller's unread ones read first")
    ChatMessagesJson byChat(@RequestParam(name = "chat_room_id", required = false) String chatRoomId,
            @AuthenticationPrincipal Caller caller) {
        String given = ChatAccess.required(chatRoomId);
        Optional<Staff> staff = access.staffIfAny(caller);
        GuestRoom guest = staff.isEmpty() ? access.guest(given) : null;
        ChatRoomView room = guest != null ? guest.room() : access.room(given);
        Reader reader = Reader.USER;
        if (staff.isPresent()) {
            if (!staff.get().maySee(room)) {
                throw new AccessDeniedException("chat not visible to the caller");
            }
            reader = staff.get().isSuperuser() || !staff.get().holds(room) ? null : Reader.AGENT;
        }
        List<ChatMessageView> messages = messages(room.id());
        int marked = 0;
        if (reader != null) {
            List<String> unread = ReadMarks.unreadBy(reader, messages);
            if (!unread.isEmpty()) {
                marked = readMarks.mark(room.id(), reader, unread);
                messages = messages(room.id());
            }
        }
        return new ChatMessagesJson(guest != null ? guest.key() : room.id(),
                messages.stream().map(MessageJson::of).toList(), messages.size(), marked,
                LiveChatJson.lower(room.status()));
    }

    private List<ChatMessageView> messages(String chatRoomId) {
        return queries.query(new FindChatMessagesQuery(chatRoomId, MarkReadController.CHAT_WINDOW),
                ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join();
    }

    private long activeUnread(Staff staff) {
        long sum = 0;
        int page = 1;
        ChatRoomPage rooms;
        do {
            rooms = queries.query(new FindChatRoomsQuery(Set.of(ChatStatus.ACTIVE), staff.agentId(), page, ROOMS_PAGE),
                    ResponseTypes.instanceOf(ChatRoomPage.class)).join();
            sum += rooms.chats().stream().mapToLong(ChatRoomView::unreadByAgent).sum();
            page++;
        } while (!rooms.chats().isEmpty() && (long) (page - 1) * ROOMS_PAGE < rooms.total());
        return sum;
    }
}
