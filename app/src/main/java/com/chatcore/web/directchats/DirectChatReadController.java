package com.chatcore.web.directchats;

import com.chatcore.api.directchat.DirectChatPage;
import com.chatcore.api.directchat.FindDirectChatsQuery;
import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import com.chatcore.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * Seed 002's reads. A USER sees the chats they take part in (their own list, 403 for another user's); AGENT
 * and SUPERUSER see every chat.
 */
@RestController
@RequestMapping("${chat.seed002.base-path:/api/chats}")
@PreAuthorize("isAuthenticated()")
class DirectChatReadController {

    private final QueryGateway queries;
    private final DirectChats chats;

    DirectChatReadController(QueryGateway queries, DirectChats chats) {
        this.queries = queries;
        this.chats = chats;
    }

    @GetMapping
    @Operation(summary = "Chats, latest activity first; ?userId= keeps those of one participant (a USER: their own)")
    DirectChatListResponse all(
            @Parameter(schema = @Schema(type = "integer", defaultValue = "1")) @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer", defaultValue = "10", maximum = "100"))
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String userId, @AuthenticationPrincipal Caller caller) {
        Paging paging = Paging.of(page, limit);
        boolean filtered = userId != null && !userId.isBlank();
        if (caller.is(Role.USER)) {
            if (filtered && !isCaller(userId, caller)) {
                throw DirectChatProblem.forbidden(DirectChatMessages.OTHER_USERS_CHATS);
            }
            return list(caller.userId(), paging);
        }
        if (!filtered) {
            return list(null, paging);
        }
        // An id that is no user's is in no chat (the seed's implementation failed on it).
        return UserIds.parse(userId).map(id -> list(id, paging))
                .orElseGet(() -> DirectChatListResponse.of(paging.page(List.of(), 0)));
    }

    @GetMapping("/user/{userId}")
    @Operation(summary = "The chats of one user, latest activity first (a USER: only their own)")
    DirectChatListResponse ofUser(@PathVariable String userId,
            @Parameter(schema = @Schema(type = "integer", defaultValue = "1")) @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer", defaultValue = "10", maximum = "100"))
            @RequestParam(required = false) String limit,
            @AuthenticationPrincipal Caller caller) {
        if (caller.is(Role.USER) && !isCaller(userId, caller)) {
            throw DirectChatProblem.forbidden(DirectChatMessages.OTHER_USERS_CHATS);
        }
        long id = UserIds.parse(userId).filter(this::exists)
                .orElseThrow(() -> DirectChatProblem.notFound(DirectChatMessages.USER_NOT_FOUND));
        return list(id, Paging.of(page, limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One chat (a USER: one they take part in)")
    DirectChatResponse one(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return DirectChatResponse.of(DirectChatJson.of(chats.visibleTo(caller, id)));
    }

    private DirectChatListResponse list(Long participantId, Paging paging) {
        DirectChatPage page = queries.query(new FindDirectChatsQuery(participantId, paging.page(), paging.limit()),
                ResponseTypes.instanceOf(DirectChatPage.class)).join();
        return DirectChatListResponse.of(paging.page(page.chats().stream().map(DirectChatJson::of).toList(),
                page.total()));
    }

    private boolean exists(long userId) {
        Optional<UserView> user = queries.query(new FindUserByIdQuery(userId),
                ResponseTypes.optionalInstanceOf(UserView.class)).join();
        return user.isPresent();
    }

    private static boolean isCaller(String userId, Caller caller) {
        return UserIds.parse(userId).filter(id -> id == caller.userId()).isPresent();
    }
}
