package com.chatcore.web.notifications;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.notification.FindAgentNotificationsQuery;
import com.chatcore.api.notification.FindUnreadAgentNotificationsQuery;
import com.chatcore.api.notification.MarkAgentNotificationsReadCommand;
import com.chatcore.api.notification.NotificationListView;
import com.chatcore.api.notification.UnreadNotificationsView;
import com.chatcore.security.Caller;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.livechat.CurrentAgent;
import com.chatcore.web.livechat.UnreadCountJson;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * Seed 003 "Notificaciones de Agentes". A caller without an agent profile (a superuser) has no
 * notifications.
 */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
class AgentNotificationsController {

    private static final NotificationListView NONE = new NotificationListView(List.of(), 0, 0);

    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final CurrentAgent currentAgent;

    AgentNotificationsController(QueryGateway queries, ReadYourWrites readYourWrites, CurrentAgent currentAgent) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.currentAgent = currentAgent;
    }

    @GetMapping
    @Operation(summary = "The caller's latest notifications, newest first (AGENT, SUPERUSER)")
    AgentNotificationListJson list(@RequestParam(required = false) String limit, @AuthenticationPrincipal Caller caller) {
        int bounded = NotificationLimit.parse(limit);
        NotificationListView view = agentId(caller).map(id -> notifications(id, bounded)).orElse(NONE);
        return AgentNotificationListJson.of(view);
    }

    @GetMapping("/unread_count")
    @Operation(summary = "How many of the caller's notifications are unread (AGENT, SUPERUSER)")
    UnreadCountJson unreadCount(@AuthenticationPrincipal Caller caller) {
        long unread = agentId(caller).map(id -> notifications(id, 0).unreadCount()).orElse(0L);
        return new UnreadCountJson(unread);
    }

    @PostMapping("/mark_read")
    @Operation(summary = "Mark some of the caller's notifications read (AGENT, SUPERUSER)")
    NotificationsMarkedJson markRead(@RequestBody(required = false) MarkReadRequest request,
            @AuthenticationPrincipal Caller caller) {
        List<String> requested = MarkReadRequest.ids(request);
        int updated = agentId(caller).map(id -> requested.isEmpty() ? 0 : markRead(id, requested)).orElse(0);
        return NotificationsMarkedJson.marked(updated);
    }

    @PostMapping("/mark_all_read")
    @Operation(summary = "Mark all of the caller's notifications read (AGENT, SUPERUSER)")
    NotificationsMarkedJson markAllRead(@AuthenticationPrincipal Caller caller) {
        int updated = agentId(caller).map(id -> markRead(id, null)).orElse(0);
        return NotificationsMarkedJson.allMarked(updated);
    }

    /** Marks the caller's unread ones among {@code requested} ({@code null}: all) and counts them. */
    private int markRead(long agentId, List<String> requested) {
        List<String> unread = queries.query(new FindUnreadAgentNotificationsQuery(agentId, requested),
                UnreadNotificationsView.class).join().notificationIds();
        if (!unread.isEmpty()) {
            readYourWrites.send(new MarkAgentNotificationsReadCommand(agentId, unread),
                    new FindUnreadAgentNotificationsQuery(agentId, unread), UnreadNotificationsView.class,
                    view -> view.notificationIds().isEmpty());
        }
        return unread.size();
    }

    private NotificationListView notifications(long agentId, int limit) {
        return queries.query(new FindAgentNotificationsQuery(agentId, limit),
                ResponseTypes.instanceOf(NotificationListView.class)).join();
    }

    private Optional<Long> agentId(Caller caller) {
        return currentAgent.find(caller).map(AgentView::id);
    }
}
