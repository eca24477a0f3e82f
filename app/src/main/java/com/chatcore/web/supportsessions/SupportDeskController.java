package com.chatcore.web.supportsessions;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByIdQuery;
import com.chatcore.api.conversation.AssignAgentCommand;
import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomPage;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.CloseChatCommand;
import com.chatcore.api.conversation.FindAllSupportSessionsQuery;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindSupportStatsQuery;
import com.chatcore.api.conversation.SupportStatsView;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.api.conversation.UnassignAgentCommand;
import com.chatcore.security.Caller;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.livechat.CurrentAgent;
import com.chatcore.web.livechat.MessageSending;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The support screens of seed 001's public client (GuidoSV7/GiftCardEccommerce), beyond its document: agents and
 * superusers list every support session, take, release, answer, assign and close them, and read the dashboard's
 * figures. They act on the same conversations the seed 003 queue holds, through the same commands.
 */
@RestController
@RequestMapping("/api/chat")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
class SupportDeskController {

    static final int MAX_PAGE_SIZE = 100;
    static final String SESSION_TAKEN = "Sesión tomada exitosamente";
    static final String SESSION_RELEASED = "Sesión liberada exitosamente";
    static final String SESSION_ASSIGNED = "Sesión asignada exitosamente";
    static final String STATS_FOUND = "Estadísticas obtenidas exitosamente";
    static final String AGENT_NOT_FOUND = "Agente de soporte no encontrado";
    static final String INVALID_STATUS = "El estado debe ser pending, active o closed";

    private final QueryGateway queries;
    private final SupportSessions sessions;
    private final ReadYourWrites readYourWrites;
    private final CurrentAgent currentAgent;
    private final MessageSending sending;
    private final Clock clock;

    SupportDeskController(QueryGateway queries, SupportSessions sessions, ReadYourWrites readYourWrites,
            CurrentAgent currentAgent, MessageSending sending, Clock clock) {
        this.queries = queries;
        this.sessions = sessions;
        this.readYourWrites = readYourWrites;
        this.currentAgent = currentAgent;
        this.sending = sending;
        this.clock = clock;
    }

    @GetMapping("/sessions/all")
    @Operation(summary = "Every account's support sessions, newest first, paged; ?status=pending|active|closed"
            + " (AGENT, SUPERUSER)")
    SupportDeskResponses.SessionPageResponse all(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "20") String limit) {
        int pageNumber = MessageText.positive("page", page, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = MessageText.positive("limit", limit, MAX_PAGE_SIZE);
        Set<ChatStatus> statuses = status == null || status.isBlank() ? Set.of() : statuses(status);
        ChatRoomPage found = queries.query(new FindAllSupportSessionsQuery(statuses, pageNumber, pageSize),
                ChatRoomPage.class).join();
        long pages = (found.total() + pageSize - 1) / pageSize;
        return new SupportDeskResponses.SessionPageResponse(true, new SupportDeskResponses.SessionPage(
                desk(found.chats()), new SupportDeskResponses.Pagination(pageNumber, pageSize, found.total(), pages)),
                SupportMessages.SESSIONS_FOUND);
    }

    @GetMapping("/sessions/status/{status}")
    @Operation(summary = "The newest 100 support sessions in one state: pending, active or closed (AGENT, SUPERUSER)")
    SupportDeskResponses.SessionListResponse byStatus(@PathVariable String status) {
        ChatRoomPage found = queries.query(new FindAllSupportSessionsQuery(statuses(status), 1, MAX_PAGE_SIZE),
                ChatRoomPage.class).join();
        return new SupportDeskResponses.SessionListResponse(true, desk(found.chats()), SupportMessages.SESSIONS_FOUND);
    }

    @GetMapping("/session/{id}/messages/support")
    @Operation(summary = "A support session's messages as support reads them, oldest first; marks nothing read"
            + " (AGENT, SUPERUSER)")
    SupportResponses.MessagesResponse messages(@PathVariable String id) {
        ChatRoomView room = session(id);
        return new SupportResponses.MessagesResponse(true,
                sessions.messages(room.id()).stream().map(SupportMessageJson::of).toList(),
                SupportMessages.MESSAGES_FOUND);
    }

    @PostMapping("/session/{id}/take")
    @Operation(summary = "Take a pending session, within the caller's capacity (AGENT)")
    SupportDeskResponses.SessionResponse take(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        String sessionId = session(id).id();
        long agentId = agent(caller).id();
        return answer(after(new TakeChatCommand(sessionId, agentId), sessionId, room -> room.heldBy(agentId)),
                SESSION_TAKEN);
    }

    @PostMapping("/session/{id}/release")
    @Operation(summary = "An active session goes back to pending: its agent gives it up, or a SUPERUSER takes it"
            + " away")
    SupportDeskResponses.SessionResponse release(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        String sessionId = session(id).id();
        return answer(after(new UnassignAgentCommand(sessionId, currentAgent.actingAgentId(caller)), sessionId,
                room -> room.status() == ChatStatus.WAITING && room.agent() == null), SESSION_RELEASED);
    }

    @PostMapping("/session/{id}/close")
    @Operation(summary = "Close a session for good (its agent, any agent while pending, or a SUPERUSER)")
    SupportDeskResponses.SessionResponse close(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ChatRoomView room = session(id);
        if (room.status() == ChatStatus.CLOSED) {
            return answer(room, SupportMessages.SESSION_CLOSED);
        }
        return answer(after(new CloseChatCommand(room.id(), currentAgent.actingAgentId(caller)), room.id(),
                view -> view.status() == ChatStatus.CLOSED), SupportMessages.SESSION_CLOSED);
    }

    @PostMapping("/session/{id}/support-message")
    @Operation(summary = "Answer a session as support: its agent only",
            responses = @ApiResponse(responseCode = "201", description = SupportMessages.MESSAGE_SENT,
                    content = @Content(schema = @Schema(implementation = SupportResponses.MessageResponse.class))))
    ResponseEntity<SupportResponses.MessageResponse> answer(@PathVariable String id,
            @RequestBody(required = false) SendSupportMessageRequest body, @AuthenticationPrincipal Caller caller) {
        String text = MessageText.require(body == null ? null : body.message(), SupportSending.MAX_LENGTH);
        ChatRoomView room = session(id);
        ChatMessageView message = sending.fromAgent(room.id(), agent(caller), text);
        return ResponseEntity.status(HttpStatus.CREATED).body(new SupportResponses.MessageResponse(true,
                SupportMessageJson.of(message), SupportMessages.MESSAGE_SENT));
    }

    @PatchMapping("/session/{id}/assign")
    @Operation(summary = "Give a pending or active session to an agent, within their capacity (AGENT, SUPERUSER)")
    SupportDeskResponses.SessionResponse assign(@PathVariable String id,
            @RequestBody(required = false) SupportDeskResponses.AssignRequest body) {
        String sessionId = session(id).id();
        long agentId = MessageText.positive("supportAgentId", body == null ? null : body.supportAgentId(),
                Integer.MAX_VALUE);
        if (agentById(agentId) == null) {
            throw SupportProblem.notFound(AGENT_NOT_FOUND);
        }
        return answer(after(new AssignAgentCommand(sessionId, agentId), sessionId, room -> room.heldBy(agentId)),
                SESSION_ASSIGNED);
    }

    @GetMapping("/stats")
    @Operation(summary = "The support dashboard's figures; days, weeks (from Monday) and months in UTC"
            + " (AGENT, SUPERUSER)")
    SupportDeskResponses.StatsResponse stats() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        SupportStatsView stats = queries.query(new FindSupportStatsQuery(startOf(today),
                startOf(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
                startOf(today.withDayOfMonth(1))), SupportStatsView.class).join();
        double minutes = stats.averageFirstResponseSeconds() == null ? 0
                : Math.round(stats.averageFirstResponseSeconds() / 6.0) / 10.0;
        return new SupportDeskResponses.StatsResponse(true, new SupportDeskResponses.Stats(stats.total(),
                stats.active(), stats.pending(), stats.closed(), minutes, stats.sinceStartOfDay(),
                stats.sinceStartOfWeek(), stats.sinceStartOfMonth()), STATS_FOUND);
    }

    private ChatRoomView session(String id) {
        return queries.query(new FindChatRoomQuery(id), ResponseTypes.optionalInstanceOf(ChatRoomView.class)).join()
                .filter(view -> view.channel() == Channel.SUPPORT).orElseThrow(SupportProblem::notFound);
    }

    /** The caller as an agent: a SUPERUSER holds no sessions and writes no messages as support. */
    private AgentView agent(Caller caller) {
        return currentAgent.find(caller).orElseThrow(SupportProblem::forbidden);
    }

    private AgentView agentById(long agentId) {
        return queries.query(new FindAgentByIdQuery(agentId), ResponseTypes.optionalInstanceOf(AgentView.class))
                .join().orElse(null);
    }

    private ChatRoomView after(Object command, String sessionId, Predicate<ChatRoomView> written) {
        return readYourWrites.send(command, new FindChatRoomQuery(sessionId), ChatRoomView.class, written);
    }

    private SupportDeskResponses.SessionResponse answer(ChatRoomView room, String message) {
        return new SupportDeskResponses.SessionResponse(true, desk(List.of(room)).get(0), message);
    }

    private List<SupportDeskSessionJson> desk(List<ChatRoomView> rooms) {
        Map<String, List<ChatMessageView>> messages = sessions.messagesOf(rooms);
        Map<Long, AgentView> agents = new HashMap<>();
        return rooms.stream().map(room -> SupportDeskSessionJson.of(room, messages.get(room.id()),
                room.agent() == null ? null : agents.computeIfAbsent(room.agent().id(), this::agentById))).toList();
    }

    private static Set<ChatStatus> statuses(String status) {
        return switch (status) {
            case "pending" -> Set.of(ChatStatus.WAITING);
            case "active" -> Set.of(ChatStatus.ACTIVE);
            case "closed" -> Set.of(ChatStatus.RESOLVED, ChatStatus.CLOSED);
            default -> throw SupportProblem.invalid("status", INVALID_STATUS);
        };
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
