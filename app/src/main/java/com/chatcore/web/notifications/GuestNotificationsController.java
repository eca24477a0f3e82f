package com.chatcore.web.notifications;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.notification.FindGuestNotificationsQuery;
import com.chatcore.api.notification.FindUnreadGuestNotificationsQuery;
import com.chatcore.api.notification.MarkGuestNotificationsReadCommand;
import com.chatcore.api.notification.NotificationListView;
import com.chatcore.api.notification.UnreadNotificationsView;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.error.DrfMessages;
import com.chatcore.web.livechat.GuestRooms;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Seed 003 "Notificaciones de Usuarios Invitados": public, the {@code chat_room_id} is the guest's key
 * ({@link GuestRooms}), not the room id. The room is looked up in read models the chat's creation
 * already waited for, so a just-created room is never reported missing.
 */
@RestController
@RequestMapping("/api/user-notifications")
class GuestNotificationsController {

    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final GuestRooms guestRooms;

    GuestNotificationsController(QueryGateway queries, ReadYourWrites readYourWrites, GuestRooms guestRooms) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.guestRooms = guestRooms;
    }

    @GetMapping("/get_notifications")
    @Operation(summary = "The guest's latest notifications of a chat room, newest first (public)")
    GuestNotificationListJson list(@RequestParam(name = "chat_room_id", required = false) String key,
            @RequestParam(required = false) String limit) {
        if (key == null || key.isBlank()) {
            throw FieldValidationException.of("chat_room_id", key == null ? DrfMessages.REQUIRED : DrfMessages.BLANK);
        }
        int bounded = NotificationLimit.parse(limit);
        String chatRoomId = guestRooms.requireRoomId(key);
        NotificationListView view = queries.query(new FindGuestNotificationsQuery(chatRoomId, bounded),
                ResponseTypes.instanceOf(NotificationListView.class)).join();
        return GuestNotificationListJson.of(view);
    }

    @PostMapping("/mark_read")
    @Operation(summary = "Mark notifications of the guest's chat room read (public)")
    NotificationsMarkedJson markRead(@RequestBody(required = false) MarkReadRequest request) {
        List<String> requested = MarkReadRequest.guestIds(request);
        String chatRoomId = guestRooms.requireRoomId(request.chatRoomId());
        if (requested.isEmpty()) {
            return NotificationsMarkedJson.marked(0);
        }
        List<String> unread = queries.query(new FindUnreadGuestNotificationsQuery(chatRoomId, requested),
                UnreadNotificationsView.class).join().notificationIds();
        if (!unread.isEmpty()) {
            readYourWrites.send(new MarkGuestNotificationsReadCommand(chatRoomId, unread),
                    new FindUnreadGuestNotificationsQuery(chatRoomId, unread), UnreadNotificationsView.class,
                    view -> view.notificationIds().isEmpty());
        }
        return NotificationsMarkedJson.marked(unread.size());
    }
}
