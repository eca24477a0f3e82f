package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomPage;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.CloseSupportSessionCommand;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.Reader;
import com.chatcore.api.conversation.StartSupportSessionCommand;
import com.chatcore.api.user.UserView;
import com.chatcore.idempotency.RequestIds;
import com.chatcore.security.Caller;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import com.chatcore.web.messages.ReadMarks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Seed 001: a signed-in user's support session, a {@link Channel#SUPPORT} conversation that agents serve from
 * the same queue as seed 003's chats. The one-open-session rule is the command side's; ownership is checked
 * here against the read model (and again by the aggregate on close).
 */
@RestController
@RequestMapping("/api/chat")
@PreAuthorize("isAuthenticated()")
class SupportSessionsController {

    static final int MAX_PAGE_SIZE = 50;

    private final SupportSessions sessions;
    private final ReadYourWrites readYourWrites;
    private final SupportSending supportSending;
    private final ReadMarks readMarks;
    private final Clock clock;

    SupportSessionsController(SupportSessions sessions, ReadYourWrites readYourWrites, SupportSending supportSending,
            ReadMarks readMarks, Clock clock) {
        this.sessions = sessions;
        this.readYourWrites = readYourWrites;
        this.supportSending = supportSending;
        this.readMarks = readMarks;
        this.clock = clock;
    }

    @GetMapping("/session/active")
    @Operation(summary = "The caller's open (pending or active) support session with its messages, or null")
    SupportResponses.SessionResponse active(@AuthenticationPrincipal Caller caller) {
        SupportSessionJson session = sessions.open(caller).map(sessions::json).orElse(null);
        return new SupportResponses.SessionResponse(true, session, SupportMessages.SESSION_FOUND);
    }

    @PostMapping("/session")
    @Operation(summary = "Open a support session (pending, in the agents' waiting queue); no body needed",
            responses = @ApiResponse(responseCode = "201", description = SupportMessages.SESSION_CREATED,
                    content = @Content(schema = @Schema(implementation = SupportResponses.SessionResponse.class))))
    ResponseEntity<SupportResponses.SessionResponse> create(@AuthenticationPrincipal Caller caller) {
        String id = RequestIds.newId("support-session");
        ChatUser user = sessions.account(caller).map(SupportSessionsController::chatUser)
                .orElseGet(() -> new ChatUser(caller.userId(), null, null, null));
        Instant now = clock.instant();
        ChatRoomView room = readYourWrites.sendOr(new StartSupportSessionCommand(id, user),
                new Awaited<>(new FindChatRoomQuery(id), ChatRoomView.class, view -> true),
                () -> new ChatRoomView(id, Channel.SUPPORT, user, null, ChatStatus.WAITING, null, Priority.LOW, now,
                        now, 0, 0));
        return ResponseEntity.status(HttpStatus.CREATED).body(new SupportResponses.SessionResponse(true,
                SupportSessionJson.of(room, List.of()), SupportMessages.SESSION_CREATED));
    }

    @GetMapping("/session/{id}/messages")
    @Operation(summary = "The messages of one of the caller's sessions, oldest first (the latest 1000)")
    SupportResponses.MessagesResponse messages(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ChatRoomView room = sessions.owned(id, caller);
        return new SupportResponses.MessagesResponse(true,
                sessions.messages(room.id()).stream().map(SupportMessageJson::of).toList(),
                SupportMessages.MESSAGES_FOUND);
    }

    @PostMapping("/message")
    @Operation(summary = "Send a message to the caller's open session, as the user; 10 a minute at most",
            responses = @ApiResponse(responseCode = "201", description = SupportMessages.MESSAGE_SENT,
                    content = @Content(schema = @Schema(implementation = SupportResponses.MessageResponse.class))))
    ResponseEntity<SupportResponses.MessageResponse> send(@RequestBody(required = false) SendSupportMessageRequest body,
            @AuthenticationPrincipal Caller caller) {
        String text = SupportSending.text(body == null ? null : body.message());
        ChatRoomView room = sessions.open(caller).orElseThrow(SupportProblem::notFound);
        ChatMessageView message = supportSending.fromUser(caller, room, text);
        return ResponseEntity.status(HttpStatus.CREATED).body(new SupportResponses.MessageResponse(true,
                SupportMessageJson.of(message), SupportMessages.MESSAGE_SENT));
    }

    @PatchMapping("/session/{id}/close")
    @Operation(summary = "Close one of the caller's sessions; it stays in the history. No body needed")
    SupportResponses.DoneResponse close(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ChatRoomView room = sessions.owned(id, caller);
        if (room.status() != ChatStatus.CLOSED) {
            readYourWrites.sendOr(new CloseSupportSessionCommand(id, caller.userId()),
                    new Awaited<>(new FindChatRoomQuery(id), ChatRoomView.class,
                            view -> view.status() == ChatStatus.CLOSED), () -> room);
        }
        return new SupportResponses.DoneResponse(true, SupportMessages.SESSION_CLOSED);
    }

    @PatchMapping("/session/{id}/mark-read")
    @Operation(summary = "Mark support's messages of one of the caller's sessions read. No body needed")
    SupportResponses.DoneResponse markRead(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ChatRoomView room = sessions.owned(id, caller);
        readMarks.mark(room.id(), Reader.USER, ReadMarks.unreadBy(Reader.USER, sessions.messages(room.id())));
        return new SupportResponses.DoneResponse(true, SupportMessages.MARKED_READ);
    }

    @GetMapping("/sessions")
    @Operation(summary = "The caller's support sessions, open and earlier ones, newest first, with their messages")
    SupportResponses.SessionPageResponse history(@RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "10") String limit, @AuthenticationPrincipal Caller caller) {
        int pageNumber = MessageText.positive("page", page, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = MessageText.positive("limit", limit, MAX_PAGE_SIZE);
        ChatRoomPage found = sessions.page(caller, false, pageNumber, pageSize);
        List<SupportSessionJson> data = sessions.json(found.chats());
        long pages = (found.total() + pageSize - 1) / pageSize;
        return new SupportResponses.SessionPageResponse(true, data,
                new SupportResponses.Pagination(pageNumber, pageSize, found.total(), pages),
                SupportMessages.SESSIONS_FOUND);
    }

    private static ChatUser chatUser(UserView account) {
        String name = ((account.firstName() == null ? "" : account.firstName()) + " "
                + (account.lastName() == null ? "" : account.lastName())).trim();
        return new ChatUser(account.id(), name.isEmpty() ? account.username() : name, account.email(), null);
    }
}
