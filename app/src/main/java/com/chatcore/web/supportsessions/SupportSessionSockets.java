package com.chatcore.web.supportsessions;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByUserIdQuery;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.Reader;
import com.chatcore.api.user.Role;
import com.chatcore.security.Caller;
import com.chatcore.web.livechat.MessageSending;
import com.chatcore.web.messages.ReadMarks;
import com.chatcore.web.socketio.ChatSocket;
import com.chatcore.web.socketio.SocketIoHandler;
import com.chatcore.web.socketio.SocketRefusal;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seed 001's Socket.IO events (GuidoSV7/GiftCardEccommerce): {@code join-session}, {@code send-message},
 * {@code typing}, {@code mark-read}. A user joins only their own sessions, AGENT and SUPERUSER any support session;
 * messages go through the same checks and commands as {@code POST /api/chat/message}, and reach every socket of the
 * session (the sender's included) as {@code new-message} from the event feed ({@link SupportSessionSocketPush}).
 */
@Component
class SupportSessionSockets implements SocketIoHandler {

    private final SupportSessions sessions;
    private final SupportSending sending;
    private final MessageSending messageSending;
    private final ReadMarks readMarks;
    private final QueryGateway queries;

    SupportSessionSockets(SupportSessions sessions, SupportSending sending, MessageSending messageSending,
            ReadMarks readMarks, QueryGateway queries) {
        this.sessions = sessions;
        this.sending = sending;
        this.messageSending = messageSending;
        this.readMarks = readMarks;
        this.queries = queries;
    }

    static String room(String sessionId) {
        return "support:" + sessionId;
    }

    @Override
    public void connected(ChatSocket socket) {
        Set<String> joined = ConcurrentHashMap.newKeySet();
        socket.on("join-session", data -> {
            ChatRoomView session = visible(socket.caller(), sessionId(data));
            socket.join(room(session.id()));
            joined.add(session.id());
            List<SupportMessageJson> messages = sessions.messages(session.id()).stream().map(SupportMessageJson::of)
                    .toList();
            SessionJoinedJson answer = new SessionJoinedJson(session.id(), messages);
            socket.emit("session-joined", answer);
            return answer;
        });
        socket.on("send-message", data -> {
            String text = refused(() -> SupportSending.text(data.path("message").isString()
                    ? data.path("message").asString() : null));
            ChatRoomView session = visible(socket.caller(), sessionId(data));
            if (session.status() == ChatStatus.RESOLVED || session.status() == ChatStatus.CLOSED) {
                throw new SocketRefusal(SupportMessages.NOT_FOUND);
            }
            socket.join(room(session.id()));
            joined.add(session.id());
            return SupportMessageJson.of(refused(() -> staff(socket.caller())
                    ? messageSending.fromAgent(session.id(), agent(socket.caller()), text)
                    : sending.fromUser(socket.caller(), session, text)));
        });
        socket.on("typing", data -> {
            String sessionId = data.path("sessionId").isString() ? data.path("sessionId").asString() : null;
            if (sessionId != null && joined.contains(sessionId)) {
                socket.toOthersIn(room(sessionId), "user-typing", new UserTypingJson(data.path("isTyping").asBoolean(),
                        Long.toString(socket.caller().userId()), staff(socket.caller()) ? "support" : "user"));
            }
            return null;
        });
        socket.on("mark-read", data -> {
            ChatRoomView session = visible(socket.caller(), sessionId(data));
            Reader reader = staff(socket.caller()) ? Reader.AGENT : Reader.USER;
            readMarks.mark(session.id(), reader, ReadMarks.unreadBy(reader, sessions.messages(session.id())));
            return null;
        });
    }

    private static String sessionId(JsonNode data) {
        if (!data.path("sessionId").isString() || data.path("sessionId").asString().isBlank()) {
            throw new SocketRefusal(SupportMessages.NOT_FOUND);
        }
        return data.path("sessionId").asString();
    }

    /** The caller's own session, or for staff any support session; refused with the REST messages (403, 404). */
    private ChatRoomView visible(Caller caller, String sessionId) {
        return refused(() -> staff(caller) ? sessions.support(sessionId) : sessions.owned(sessionId, caller));
    }

    private AgentView agent(Caller caller) {
        return queries.query(new FindAgentByUserIdQuery(caller.userId()), ResponseTypes.optionalInstanceOf(
                AgentView.class)).join().orElseThrow(() -> new SocketRefusal(SupportMessages.FORBIDDEN));
    }

    private static boolean staff(Caller caller) {
        return caller.is(Role.AGENT) || caller.is(Role.SUPERUSER);
    }

    private static <T> T refused(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (SupportProblem problem) {
            throw new SocketRefusal(problem.getMessage());
        }
    }

    record SessionJoinedJson(String sessionId, List<SupportMessageJson> messages) {
    }

    record UserTypingJson(boolean isTyping, String userId, String userRole) {
    }
}
