package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatMessagesQuery;
import com.chatcore.api.conversation.FindMessageQuery;
import com.chatcore.api.conversation.FindMessagesByIdsQuery;
import com.chatcore.api.conversation.Reader;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.security.Caller;
import com.chatcore.web.error.ApiErrors;
import com.chatcore.web.error.NotFoundException;
import com.chatcore.web.livechat.GuestRoom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Seed 003 "Mensajes": read marks. Every answer reflects the marks (see {@link ReadMarks}). Counts:
 * {@code updated_count} is how many messages turned read by this request.
 */
@RestController
@RequestMapping("/api/messages")
class MarkReadController {

    /** The chat window that {@code mark_chat_read} and {@code by_chat} work on. */
    static final int CHAT_WINDOW = 1000;

    private final QueryGateway queries;
    private final ChatAccess access;
    private final ReadMarks readMarks;

    MarkReadController(QueryGateway queries, ChatAccess access, ReadMarks readMarks) {
        this.queries = queries;
        this.access = access;
        this.readMarks = readMarks;
    }

    @PostMapping("/{id}/mark_read")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Mark a customer message read by the agent side (the agent holding the chat, or a SUPERUSER)")
    MessageMarkedJson markRead(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        Staff staff = access.staff(caller);
        ChatMessageView message = findMessage(id).orElseThrow(NotFoundException::new);
        ChatRoomView room = access.room(message.chatRoomId());
        ChatAccess.requireHolds(staff, room);
        // The agent side only reads the customer's messages; its own (and system) messages are answered as they are.
        if (message.senderType() == SenderType.USER) {
            readMarks.mark(room.id(), Reader.AGENT, ReadMarks.unreadBy(Reader.AGENT, List.of(message)));
            message = findMessage(message.id()).orElseThrow(NotFoundException::new);
        }
        return MessageMarkedJson.of(message.id(), message.read(), message.readAt());
    }

    /**
     * {@code total_requested}: the items given, as given (duplicates and non-ids included);
     * {@code valid_messages}: the distinct messages among them in chats the caller may act on (the
     * agent's own messages included); {@code updated_count}: those that turned read now.
     */
    @PostMapping("/mark_bulk_read")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Mark customer messages read by the agent side; ids in other agents' chats are ignored")
    BulkMarkedJson markBulkRead(@RequestBody BulkReadRequest request, @AuthenticationPrincipal Caller caller) {
        request.validate();
        Staff staff = access.staff(caller);
        List<String> ids = request.uuids();
        Map<String, List<ChatMessageView>> byChat = ids.isEmpty() ? Map.of()
                : queries.query(new FindMessagesByIdsQuery(ids), ResponseTypes.multipleInstancesOf(ChatMessageView.class))
                        .join().stream()
                        .collect(Collectors.groupingBy(ChatMessageView::chatRoomId, LinkedHashMap::new, Collectors.toList()));
        int valid = 0;
        int updated = 0;
        for (Map.Entry<String, List<ChatMessageView>> chat : byChat.entrySet()) {
            Optional<ChatRoomView> room = access.find(chat.getKey());
            if (room.isPresent() && staff.holds(room.get())) {
                valid += chat.getValue().size();
                updated += readMarks.mark(chat.getKey(), Reader.AGENT, ReadMarks.unreadBy(Reader.AGENT, chat.getValue()));
            }
        }
        return BulkMarkedJson.of(updated, request.requested(), valid);
    }

    /**
     * Without {@code user_type}, an AGENT or SUPERUSER token reads as the agent side (room id) and anyone
     * else as the guest (guest key); {@code "agent"} needs such a token, {@code "user"} only the guest key. Marks the
     * other side's unread messages among the chat's last {@link #CHAT_WINDOW}.
     */
    @PostMapping("/mark_chat_read")
    @Operation(summary = "Mark a whole chat read, by the agent side (token) or by the guest (chat_room_id)")
    @ApiResponse(responseCode = "200", description = "The chat's read marks as they stand now",
            content = @Content(schema = @Schema(implementation = ChatMarkedJson.class)))
    ResponseEntity<?> markChatRead(@RequestBody MarkChatReadRequest request,
            @AuthenticationPrincipal Caller caller) {
        request.validate();
        boolean agentSide = request.userType() == null ? ChatAccess.isStaff(caller)
                : MarkChatReadRequest.AGENT.equals(request.userType());
        if (agentSide && caller == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(ApiErrors.detail(MessagesErrors.NOT_PROVIDED));
        }
        Staff staff = agentSide ? access.staff(caller) : null;
        GuestRoom guest = agentSide ? null : access.guest(request.chatRoomId());
        ChatRoomView room = agentSide ? access.room(request.chatRoomId().trim()) : guest.room();
        if (staff != null && !staff.holds(room)) {
            throw new AccessDeniedException("chat not held by the caller");
        }
        Reader reader = agentSide ? Reader.AGENT : Reader.USER;
        int unread = agentSide ? room.unreadByAgent() : room.unreadByUser();
        int updated = unread == 0 ? 0 : readMarks.mark(room.id(), reader, ReadMarks.unreadBy(reader, window(room.id())));
        return ResponseEntity.ok(ChatMarkedJson.of(updated, agentSide ? room.id() : guest.key(),
                agentSide ? MarkChatReadRequest.AGENT : MarkChatReadRequest.USER));
    }

    private List<ChatMessageView> window(String chatRoomId) {
        return queries.query(new FindChatMessagesQuery(chatRoomId, CHAT_WINDOW),
                ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join();
    }

    private Optional<ChatMessageView> findMessage(String id) {
        return queries.query(new FindMessageQuery(id), ResponseTypes.optionalInstanceOf(ChatMessageView.class)).join();
    }
}
