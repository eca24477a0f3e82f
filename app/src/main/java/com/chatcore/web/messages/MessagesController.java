package com.chatcore.web.messages;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindRecentMessagesQuery;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.security.Caller;
import com.chatcore.web.error.DrfMessages;
import com.chatcore.web.livechat.CurrentAgent;
import com.chatcore.web.livechat.MessageSending;
import com.chatcore.web.livechat.SentMessageJson;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Seed 003 "Mensajes": an agent sends a message, and the newest messages of the agent's chats. */
@RestController
@RequestMapping("/api/messages")
class MessagesController {

    static final int DEFAULT_RECENT_LIMIT = 10;
    static final int MAX_RECENT_LIMIT = 100;

    private final MessageSending messageSending;
    private final QueryGateway queries;
    private final ChatAccess access;
    private final CurrentAgent currentAgent;
    private final int maxLength;

    MessagesController(MessageSending messageSending, QueryGateway queries, ChatAccess access,
            CurrentAgent currentAgent, @Value("${chat.messages.max-length:500}") int maxLength) {
        this.messageSending = messageSending;
        this.queries = queries;
        this.access = access;
        this.currentAgent = currentAgent;
        this.maxLength = maxLength;
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Send a message as the agent holding the chat (AGENT)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SentMessageJson> send(@RequestBody SendMessageRequest request,
            @AuthenticationPrincipal Caller caller) {
        request.validate(maxLength);
        ChatRoomView room = access.room(request.chatRoomId().trim());
        AgentView agent = currentAgent.require(caller);
        ChatMessageView sent = messageSending.fromAgent(room.id(), agent, request.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(SentMessageJson.of(sent));
    }

    @GetMapping("/recent_chats")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Newest messages across the caller's chats, or all chats for a SUPERUSER (AGENT, SUPERUSER)")
    RecentMessagesJson recent(@RequestParam(required = false) String limit, @AuthenticationPrincipal Caller caller) {
        Staff staff = access.staff(caller);
        List<SentMessageJson> messages = queries.query(
                        new FindRecentMessagesQuery(staff.agentId(), recentLimit(limit)),
                        ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join()
                .stream().map(SentMessageJson::of).toList();
        return RecentMessagesJson.of(messages);
    }

    /** Like {@code page_size}: at least 1, and capped rather than refused above the maximum. */
    static int recentLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_RECENT_LIMIT;
        }
        int value;
        try {
            value = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw FieldValidationException.of("limit", DrfMessages.INVALID_INTEGER);
        }
        if (value < 1) {
            throw FieldValidationException.of("limit", MessagesErrors.atLeast(1));
        }
        return Math.min(value, MAX_RECENT_LIMIT);
    }
}
