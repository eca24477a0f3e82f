package com.chatcore.web.chatrooms;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.conversation.ChatRoomPage;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatRoomsQuery;
import com.chatcore.api.conversation.FindWaitingChatsQuery;
import com.chatcore.api.user.Role;
import com.chatcore.security.Caller;
import com.chatcore.web.livechat.CurrentAgent;
import com.chatcore.web.livechat.ListedChatJson;
import com.chatcore.web.livechat.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Seed 003 "Gestión de Chat Rooms": the lists. */
@RestController
@RequestMapping("/api/chat-rooms")
class ChatRoomListsController {

    private final QueryGateway queries;
    private final CurrentAgent currentAgent;
    private final ChatRooms rooms;
    private final Clock clock;

    ChatRoomListsController(QueryGateway queries, CurrentAgent currentAgent, ChatRooms rooms, Clock clock) {
        this.queries = queries;
        this.currentAgent = currentAgent;
        this.rooms = rooms;
        this.clock = clock;
    }

    @GetMapping("/filtered_chats")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Chats by status and agent, newest activity first (AGENT: waiting chats and their own;"
            + " SUPERUSER: all)")
    FilteredChatsJson filtered(@RequestParam(required = false) String status,
            @RequestParam(name = "agent_id", required = false) String agentId,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @AuthenticationPrincipal Caller caller) {
        PageRequest paging = PageRequest.of(page, pageSize, 20);
        Set<ChatStatus> statuses = Choices.statusFilter(status);
        Long agent = Choices.agentIdFilter(agentId);
        Long visibleTo = currentAgent.actingAgentId(caller);
        ChatRoomPage result = find(new FindChatRoomsQuery(statuses, agent, visibleTo, paging.page(),
                paging.pageSize()));
        return new FilteredChatsJson(result.chats().stream().map(ListedChatJson::of).toList(),
                paging.block(result.total()));
    }

    @GetMapping("/waiting_chats")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "The waiting queue: highest priority first (escalating with waiting time), then oldest")
    WaitingChatsJson waiting(@RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        PageRequest paging = PageRequest.of(page, pageSize, 50);
        ChatRoomPage result = queries.query(new FindWaitingChatsQuery(paging.page(), paging.pageSize()),
                ResponseTypes.instanceOf(ChatRoomPage.class)).join();
        return new WaitingChatsJson(rooms.waitingRooms(result.chats(), clock), paging.block(result.total()));
    }

    @GetMapping("/my_chats")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "The caller's chats with their latest messages (AGENT; a SUPERUSER holds no chats: an"
            + " empty page and agent null)")
    AgentChatsJson mine(@RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @AuthenticationPrincipal Caller caller) {
        return agentsChats(Choices.statusFilter(status), page, pageSize, caller);
    }

    @GetMapping("/resolved_closed_chats")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "The caller's resolved and closed chats, shaped as my_chats (AGENT; a SUPERUSER: an empty"
            + " page)")
    AgentChatsJson resolvedAndClosed(@RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @AuthenticationPrincipal Caller caller) {
        return agentsChats(Set.of(ChatStatus.RESOLVED, ChatStatus.CLOSED), page, pageSize, caller);
    }

    private AgentChatsJson agentsChats(Set<ChatStatus> statuses, String page, String pageSize, Caller caller) {
        PageRequest paging = PageRequest.of(page, pageSize, 20);
        if (caller.is(Role.SUPERUSER)) {
            // The public seed-003 client asks for my_chats right after any login, a superuser's too.
            return new AgentChatsJson(List.of(), paging.block(0), null);
        }
        AgentView agent = currentAgent.require(caller);
        ChatRoomPage result = find(new FindChatRoomsQuery(statuses, agent.id(), paging.page(), paging.pageSize()));
        return new AgentChatsJson(rooms.fullRooms(result.chats()), paging.block(result.total()),
                new AgentChatsJson.CallerAgentJson(agent.id(), displayName(agent), agent.currentActiveChats()));
    }

    @GetMapping("/all_chats")
    @PreAuthorize("hasRole('SUPERUSER')")
    @Operation(summary = "Every chat with its latest messages, newest activity first (SUPERUSER)")
    ChatRoomPageJson all(@RequestParam(required = false) String status,
            @RequestParam(name = "agent_id", required = false) String agentId,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        PageRequest paging = PageRequest.of(page, pageSize, 50);
        Set<ChatStatus> statuses = Choices.statusFilter(status);
        Long agent = Choices.agentIdFilter(agentId);
        ChatRoomPage result = find(new FindChatRoomsQuery(statuses, agent, paging.page(), paging.pageSize()));
        return new ChatRoomPageJson(rooms.fullRooms(result.chats()), paging.block(result.total()));
    }

    private ChatRoomPage find(FindChatRoomsQuery query) {
        return queries.query(query, ResponseTypes.instanceOf(ChatRoomPage.class)).join();
    }

    private static String displayName(AgentView agent) {
        String name = (nullToEmpty(agent.firstName()) + " " + nullToEmpty(agent.lastName())).trim();
        return name.isEmpty() ? agent.username() : name;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
