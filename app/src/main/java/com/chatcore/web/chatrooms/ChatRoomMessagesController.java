package com.chatcore.web.chatrooms;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.user.Role;
import com.chatcore.security.Caller;
import com.chatcore.web.livechat.CurrentAgent;
import com.chatcore.web.livechat.MessageSending;
import com.chatcore.web.livechat.MessageWithSenderJson;
import com.chatcore.web.livechat.SentMessageJson;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Objects;

/** Seed 003 "Gestión de Chat Rooms": reading a chat's messages and answering as its agent. */
@RestController
@RequestMapping("/api/chat-rooms/{id}")
class ChatRoomMessagesController {

    /** The seed's list has no pagination; this bounds it all the same. */
    static final int MESSAGES_LIMIT = 1000;

    private final ChatRooms rooms;
    private final CurrentAgent currentAgent;
    private final MessageSending messageSending;
    private final int maxLength;

    ChatRoomMessagesController(ChatRooms rooms, CurrentAgent currentAgent, MessageSending messageSending,
            @Value("${chat.messages.max-length:500}") int maxLength) {
        this.rooms = rooms;
        this.currentAgent = currentAgent;
        this.messageSending = messageSending;
        this.maxLength = maxLength;
    }

    @GetMapping("/messages")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "The chat's last 1000 messages, oldest first (its agent, any agent while it waits,"
            + " SUPERUSER)")
    List<MessageWithSenderJson> messages(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ChatRoomView room = rooms.require(id);
        if (!caller.is(Role.SUPERUSER) && room.status() != ChatStatus.WAITING) {
            long agentId = currentAgent.require(caller).id();
            if (room.agent() == null || room.agent().id() != agentId) {
                throw new AccessDeniedException("not this chat's agent");
            }
        }
        return rooms.messages(room.id(), MESSAGES_LIMIT).stream()
                .map(message -> MessageWithSenderJson.of(message, room))
                .toList();
    }

    @PostMapping("/send_message")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Answer in the chat (only its assigned agent)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SentMessageJson> send(@PathVariable String id,
            @RequestBody(required = false) SendMessageRequest request, @AuthenticationPrincipal Caller caller) {
        String chatRoomId = rooms.requireId(id);
        AgentView agent = currentAgent.require(caller);
        SendMessageRequest body = Objects.requireNonNullElse(request, new SendMessageRequest(null, null));
        String content = body.validContent(maxLength);
        ChatMessageView message = messageSending.fromAgent(chatRoomId, agent, content);
        return ResponseEntity.status(HttpStatus.CREATED).body(SentMessageJson.of(message));
    }
}
