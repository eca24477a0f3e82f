package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;
import com.chatcore.web.livechat.GuestRoom;
import com.chatcore.web.livechat.GuestRooms;
import com.chatcore.web.livechat.LiveChatJson;
import com.chatcore.web.livechat.MessageSending;
import com.chatcore.web.livechat.SentMessageJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Seed 003: what a guest does in their chat room. The {@code chat_room_id} is the guest's key
 * ({@link GuestRooms}), not the room id agents know, and it opens only guest chat rooms.
 */
@RestController
@SecurityRequirements
class GuestChatRoomsController {

    private final MessageSending messageSending;
    private final GuestRooms guestRooms;
    private final GuestRequests requests;
    private final GuestRateLimits limits;
    private final MessageSettings messages;
    private final GuestHistory history;

    GuestChatRoomsController(MessageSending messageSending, GuestRooms guestRooms, GuestRequests requests,
            GuestRateLimits limits, MessageSettings messages, GuestHistory history) {
        this.messageSending = messageSending;
        this.guestRooms = guestRooms;
        this.requests = requests;
        this.limits = limits;
        this.messages = messages;
        this.history = history;
    }

    @PostMapping({"/api/chat/send_message", "/api/messages/send_guest_message"})
    @Operation(summary = "A guest writes in their chat room")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The message as stored",
            content = @Content(schema = @Schema(implementation = SentMessageJson.class)))
    ResponseEntity<?> send(@RequestBody(required = false) GuestMessageRequest body) {
        GuestMessageRequest request = Objects.requireNonNullElse(body, GuestMessageRequest.EMPTY);
        Map<String, List<String>> errors = requests.errors(request);
        if (request.content() != null && request.content().length() > messages.maxLength()) {
            GuestRequests.addIfValid(errors, "content", GuestRequests.tooLong(messages.maxLength()));
        }
        GuestRequests.rejectIfAny(errors);
        String chatRoomId = guestRooms.requireRoomId(request.chatRoomId());
        if (!limits.allowMessage(chatRoomId)) {
            return GuestRateLimits.tooMany(GuestRateLimits.TOO_MANY_MESSAGES);
        }
        ChatMessageView message = messageSending.fromCustomer(chatRoomId, request.content());
        return ResponseEntity.status(HttpStatus.CREATED).body(SentMessageJson.of(message));
    }

    @GetMapping("/api/chat/get_chat_status")
    @Operation(summary = "Where a guest's chat stands: status, agent, unread agent messages; and its last 1000"
            + " messages as message_history")
    ChatStatusResponse status(@RequestParam(name = "chat_room_id", required = false) String chatRoomId) {
        if (chatRoomId == null || chatRoomId.isBlank()) {
            throw FieldValidationException.of("chat_room_id", DrfMessages.REQUIRED);
        }
        GuestRoom guest = guestRooms.require(chatRoomId);
        ChatRoomView room = guest.room();
        return new ChatStatusResponse(guest.key(), LiveChatJson.lower(room.status()), room.agent() != null,
                room.agent() == null ? null : fullName(room.agent()), room.createdAt(), room.unreadByUser(),
                history.of(room.id()));
    }

    private static String fullName(ChatRoomView.AgentRef agent) {
        return Stream.of(agent.firstName(), agent.lastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
