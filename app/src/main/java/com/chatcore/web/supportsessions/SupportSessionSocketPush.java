package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.web.realtime.LiveEvent;
import com.chatcore.web.socketio.ChatSockets;
import com.chatcore.web.socketio.SocketPush;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Seed 001's Socket.IO pushes, from this node's event feed (so a write on any node reaches sockets on every node):
 * {@code new-message} to the session's sockets, {@code session-closed} to them when it closes; to AGENT and
 * SUPERUSER sockets {@code new-pending-session}, {@code new-user-message} and {@code session-status-changed}.
 */
@Component
class SupportSessionSocketPush implements SocketPush {

    @Override
    public void push(LiveEvent event, Sink sockets) {
        Object payload = event.payload();
        if (payload instanceof ChatStartedEvent started && started.channel() == Channel.SUPPORT) {
            sockets.toRooms(List.of(ChatSockets.AGENTS), "new-pending-session", PendingSessionJson.of(started,
                    event.at()));
        } else if (payload instanceof MessageSentEvent sent && event.supportUser(sent.chatRoomId()).isPresent()) {
            SupportMessageJson message = new SupportMessageJson(sent.messageId(), sent.chatRoomId(), sent.content(),
                    sent.senderType() == SenderType.USER ? "user" : "support", event.at(), false);
            sockets.toRooms(List.of(SupportSessionSockets.room(sent.chatRoomId())), "new-message", message);
            if (sent.senderType() == SenderType.USER) {
                sockets.toRooms(List.of(ChatSockets.AGENTS), "new-user-message",
                        new UserMessageJson(sent.chatRoomId(), message));
            }
        } else if (payload instanceof ChatTakenEvent taken) {
            statusChanged(event, sockets, taken.chatRoomId(), "active");
        } else if (payload instanceof ChatAssignedEvent assigned) {
            statusChanged(event, sockets, assigned.chatRoomId(), "active");
        } else if (payload instanceof ChatUnassignedEvent unassigned) {
            statusChanged(event, sockets, unassigned.chatRoomId(), "pending");
        } else if (payload instanceof ChatResolvedEvent resolved) {
            closed(event, sockets, resolved.chatRoomId());
        } else if (payload instanceof ChatClosedEvent closed) {
            closed(event, sockets, closed.chatRoomId());
        }
    }

    private static void closed(LiveEvent event, Sink sockets, String sessionId) {
        if (statusChanged(event, sockets, sessionId, "closed")) {
            long user = event.supportUser(sessionId).orElseThrow();
            sockets.toRooms(List.of(SupportSessionSockets.room(sessionId), ChatSockets.userRoom(user)),
                    "session-closed", new SessionRef(sessionId));
        }
    }

    private static boolean statusChanged(LiveEvent event, Sink sockets, String sessionId, String status) {
        if (event.supportUser(sessionId).isEmpty()) {
            return false;
        }
        sockets.toRooms(List.of(ChatSockets.AGENTS, SupportSessionSockets.room(sessionId)), "session-status-changed",
                new StatusJson(sessionId, status));
        return true;
    }

    record SessionRef(String sessionId) {
    }

    record StatusJson(String sessionId, String status) {
    }

    record UserMessageJson(String sessionId, SupportMessageJson message) {
    }

    /** A new session as the support screens list it: seed 001's session plus {@code user {name, email}}. */
    record PendingSessionJson(String id, String sessionId, String userId, String status, Instant createdAt,
            Instant lastMessageAt, List<SupportMessageJson> messages, UserJson user) {

        static PendingSessionJson of(ChatStartedEvent started, Instant at) {
            return new PendingSessionJson(started.chatRoomId(), started.chatRoomId(),
                    Long.toString(started.chatUser().id()), "pending", at, at, List.of(),
                    new UserJson(started.chatUser().fullName(), started.chatUser().email()));
        }
    }

    record UserJson(String name, String email) {
    }
}
