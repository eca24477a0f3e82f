package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.AssignAgentCommand;
import com.chatcore.api.conversation.ChangeChatPriorityCommand;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.CloseChatCommand;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.api.conversation.TransferChatCommand;
import com.chatcore.api.conversation.UnassignAgentCommand;
import com.chatcore.security.Caller;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.livechat.CurrentAgent;
import com.chatcore.web.livechat.ChatRoomJson;
import com.chatcore.web.livechat.WaitingChatJson;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * Seed 003 "Gestión de Chat Rooms": the agent workflow. Each answer is the chat as the read model shows
 * it once the write is visible there.
 */
@RestController
@RequestMapping("/api/chat-rooms/{id}")
class ChatRoomActionsController {

    private final ChatRooms rooms;
    private final CurrentAgent currentAgent;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    ChatRoomActionsController(ChatRooms rooms, CurrentAgent currentAgent, ReadYourWrites readYourWrites,
            Clock clock) {
        this.rooms = rooms;
        this.currentAgent = currentAgent;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @PostMapping("/take_chat")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Take a waiting chat, within the caller's capacity (AGENT)")
    ChatRoomJson take(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        String chatRoomId = rooms.requireId(id);
        long agentId = currentAgent.require(caller).id();
        return fullRoomAfter(new TakeChatCommand(chatRoomId, agentId), chatRoomId, room -> room.heldBy(agentId));
    }

    @PostMapping("/resolve")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Resolve a waiting chat (any agent) or an active one (its agent); a SUPERUSER either")
    ChatRoomJson resolve(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        String chatRoomId = rooms.requireId(id);
        return fullRoomAfter(new ResolveChatCommand(chatRoomId, currentAgent.actingAgentId(caller)), chatRoomId,
                room -> room.status() == ChatStatus.RESOLVED);
    }

    @PostMapping("/close")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Close a chat for good (its agent, any agent while nobody holds it, or a SUPERUSER)")
    ChatRoomJson close(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        String chatRoomId = rooms.requireId(id);
        return fullRoomAfter(new CloseChatCommand(chatRoomId, currentAgent.actingAgentId(caller)), chatRoomId,
                room -> room.status() == ChatStatus.CLOSED);
    }

    @PostMapping("/assign_agent")
    @PreAuthorize("hasRole('SUPERUSER')")
    @Operation(summary = "Give a waiting or active chat to an agent, within their capacity (SUPERUSER)")
    ChatRoomJson assign(@PathVariable String id, @RequestBody(required = false) AgentIdRequest request) {
        String chatRoomId = rooms.requireId(id);
        long agentId = AgentIdRequest.require(request);
        return fullRoomAfter(new AssignAgentCommand(chatRoomId, agentId), chatRoomId, room -> room.heldBy(agentId));
    }

    @PostMapping("/transfer_chat")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Hand an active chat to another agent, within their capacity (its agent, or a SUPERUSER)")
    ChatRoomJson transfer(@PathVariable String id, @RequestBody(required = false) AgentIdRequest request,
            @AuthenticationPrincipal Caller caller) {
        String chatRoomId = rooms.requireId(id);
        Long requestedBy = currentAgent.actingAgentId(caller);
        long agentId = AgentIdRequest.require(request);
        return fullRoomAfter(new TransferChatCommand(chatRoomId, agentId, requestedBy), chatRoomId,
                room -> room.heldBy(agentId));
    }

    @PostMapping("/unassign_agent")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "An active chat goes back to the waiting queue: its agent gives it up, or a SUPERUSER"
            + " takes it away")
    ChatRoomJson unassign(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        String chatRoomId = rooms.requireId(id);
        return fullRoomAfter(new UnassignAgentCommand(chatRoomId, currentAgent.actingAgentId(caller)), chatRoomId,
                room -> room.status() == ChatStatus.WAITING && room.agent() == null);
    }

    @PostMapping("/set_priority")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
    @Operation(summary = "Not in seed 003: set a waiting chat's queue priority (high|medium|low); it then no"
            + " longer escalates with waiting time. Answers the chat as waiting_chats lists it (AGENT, SUPERUSER)")
    WaitingChatJson setPriority(@PathVariable String id, @RequestBody(required = false) PriorityRequest request) {
        String chatRoomId = rooms.requireId(id);
        Priority priority = Choices.priority(request == null ? null : request.priority());
        ChatRoomView room = readYourWrites.send(new ChangeChatPriorityCommand(chatRoomId, priority),
                new FindChatRoomQuery(chatRoomId), ChatRoomView.class,
                view -> view.status() == ChatStatus.WAITING && view.priority() == priority);
        return rooms.waitingRooms(List.of(room), clock).get(0);
    }

    private ChatRoomJson fullRoomAfter(Object command, String chatRoomId, Predicate<ChatRoomView> written) {
        return rooms.fullRoom(readYourWrites.send(command, new FindChatRoomQuery(chatRoomId), ChatRoomView.class,
                written));
    }
}
