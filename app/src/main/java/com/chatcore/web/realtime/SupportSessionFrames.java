package com.chatcore.web.realtime;

import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 001's push to the account of a support session: {@code support_message} (a new message, shaped as
 * {@code GET /api/chat/session/{id}/messages} answers it) and {@code support_session_status} (pending, active,
 * closed), each with {@code event_id} for resume.
 */
@Component
class SupportSessionFrames {

    private final StreamState state;

    SupportSessionFrames(StreamState state) {
        this.state = state;
    }

    List<Frame> of(Object payload, long eventId, Instant at) {
        if (payload instanceof MessageSentEvent sent) {
            return frame(sent.chatRoomId(), eventId, "support_message", "message", message(sent, at));
        }
        String status = null;
        String session = null;
        if (payload instanceof ChatStartedEvent started) {
            session = started.chatRoomId();
            status = "pending";
        } else if (payload instanceof ChatTakenEvent taken) {
            session = taken.chatRoomId();
            status = "active";
        } else if (payload instanceof ChatAssignedEvent assigned) {
            session = assigned.chatRoomId();
            status = "active";
        } else if (payload instanceof ChatUnassignedEvent unassigned) {
            session = unassigned.chatRoomId();
            status = "pending";
        } else if (payload instanceof ChatResolvedEvent resolved) {
            session = resolved.chatRoomId();
            status = "closed";
        } else if (payload instanceof ChatClosedEvent closed) {
            session = closed.chatRoomId();
            status = "closed";
        }
        return session == null ? List.of() : frame(session, eventId, "support_session_status", "status", status);
    }

    private List<Frame> frame(String session, long eventId, String type, String field, Object value) {
        return state.supportUser(session).map(user -> List.of(new Frame(eventId, new Frame.SupportUser(user),
                FrameJson.typed(type, "session_id", session, field, value, eventId)))).orElse(List.of());
    }

    private static Map<String, Object> message(MessageSentEvent sent, Instant at) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", sent.messageId());
        message.put("sessionId", sent.chatRoomId());
        message.put("message", sent.content());
        message.put("sender", sent.senderType() == SenderType.USER ? "user" : "support");
        message.put("timestamp", at.toString());
        message.put("isRead", false);
        return message;
    }
}
