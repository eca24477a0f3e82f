package com.chatcore.web.directchats;

import com.chatcore.api.directchat.DirectChatView;
import com.chatcore.api.directchat.FindDirectChatQuery;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.directchat.MarkDirectMessagesSeenCommand;
import com.chatcore.api.directchat.SendDirectMessageCommand;
import com.chatcore.api.user.UserView;
import com.chatcore.idempotency.RequestIds;
import com.chatcore.web.error.ReadModelLagException;
import com.chatcore.web.error.StorableText;
import com.chatcore.web.socketio.ChatSocket;
import com.chatcore.web.socketio.SocketIoHandler;
import com.chatcore.web.socketio.SocketRefusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seed 002's Socket.IO events (Santhurt/mercado-virtual): {@code join_chat}, {@code leave_chat},
 * {@code send_message}, {@code typing}, {@code message_seen}. Only a chat's participants join it or speak in it.
 * A message and a seen mark are events of the chat ({@code DirectChat}), pushed as {@code new_message} and
 * {@code messages_marked_seen} from the event feed ({@link DirectChatSocketPush}); typing is not stored.
 */
@Component
class DirectChatSockets implements SocketIoHandler {

    static final int MAX_CONTENT = 2000;
    static final int MAX_SEEN = 100;
    static final String CONTENT_REQUIRED = "El contenido del mensaje es requerido";
    static final String CONTENT_TOO_LONG = "El mensaje no puede superar " + MAX_CONTENT + " caracteres";
    static final String MESSAGE_IDS_REQUIRED = "El campo 'messageIds' es requerido y debe ser un array";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final DirectChats chats;
    private final JsonMapper json;
    private final Clock clock;

    DirectChatSockets(CommandGateway commands, QueryGateway queries, DirectChats chats, JsonMapper json, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.chats = chats;
        this.json = json;
        this.clock = clock;
    }

    static String room(String chatId) {
        return "direct:" + chatId;
    }

    @Override
    public void connected(ChatSocket socket) {
        long me = socket.caller().userId();
        Map<String, String> joined = new ConcurrentHashMap<>();
        socket.on("join_chat", data -> {
            DirectChatView chat = takingPart(me, data);
            socket.join(room(chat.chatId()));
            joined.put(chat.chatId(), chat.participants().stream().filter(user -> user.id() == me)
                    .map(DirectChatSockets::name).findFirst().orElse(Long.toString(me)));
            return Map.of("success", true, "chatId", chat.chatId());
        });
        socket.on("leave_chat", data -> {
            if (data.path("chatId").isString()) {
                joined.remove(data.path("chatId").asString());
                socket.leave(room(data.path("chatId").asString()));
            }
            return Map.of("success", true);
        });
        socket.on("send_message", data -> {
            String content = content(data.path("content"));
            DirectChatView chat = takingPart(me, data);
            String messageId = RequestIds.newId("direct-message");
            String sentAt = DirectChatJson.time(clock.instant());
            Map<String, Object> last = new LinkedHashMap<>();
            last.put("text", content);
            last.put("sender", Long.toString(me));
            last.put("timestamp", sentAt);
            long version = commands.sendAndWait(new SendDirectMessageCommand(chat.chatId(), messageId, content,
                    new LastMessage(json.writeValueAsString(last)), DirectChats.actor(socket.caller())));
            try {
                // As every REST write of seed 002: answered once the chat list shows it (its lastMessage).
                chats.atVersion(chat.chatId(), version);
            } catch (ReadModelLagException late) {
                // Stored all the same: the message is delivered, the list shows it a moment later.
            }
            Map<String, Object> delivered = Map.of("messageId", messageId, "status", "delivered");
            socket.emit("message_delivered", delivered);
            return delivered;
        });
        socket.on("typing", data -> {
            String chatId = data.path("chatId").isString() ? data.path("chatId").asString() : null;
            String name = chatId == null ? null : joined.get(chatId);
            if (name != null) {
                socket.toOthersIn(room(chatId), "user_typing", new UserTypingJson(chatId, Long.toString(me), name,
                        data.path("isTyping").asBoolean()));
            }
            return null;
        });
        socket.on("message_seen", data -> {
            List<String> ids = messageIds(data.path("messageIds"));
            DirectChatView chat = takingPart(me, data);
            commands.sendAndWait(new MarkDirectMessagesSeenCommand(chat.chatId(), ids,
                    DirectChats.actor(socket.caller())));
            return Map.of("success", true);
        });
    }

    /** A chat, not deleted, that the caller takes part in (staff included: they speak only where they take part). */
    private DirectChatView takingPart(long userId, JsonNode data) {
        String given = data.path("chatId").isString() ? data.path("chatId").asString() : "";
        String chatId;
        try {
            chatId = DirectChats.chatId(given);
        } catch (DirectChatProblem notAChat) {
            throw new SocketRefusal(DirectChatMessages.CHAT_NOT_FOUND);
        }
        DirectChatView chat = queries.query(new FindDirectChatQuery(chatId),
                ResponseTypes.optionalInstanceOf(DirectChatView.class)).join().filter(view -> !view.deleted())
                .orElseThrow(() -> new SocketRefusal(DirectChatMessages.CHAT_NOT_FOUND));
        if (!chat.hasParticipant(userId)) {
            throw new SocketRefusal(DirectChatMessages.NOT_A_PARTICIPANT);
        }
        return chat;
    }

    private static String content(JsonNode content) {
        if (!content.isString() || content.asString().isBlank()) {
            throw new SocketRefusal(CONTENT_REQUIRED);
        }
        String text = content.asString();
        if (text.codePointCount(0, text.length()) > MAX_CONTENT) {
            throw new SocketRefusal(CONTENT_TOO_LONG);
        }
        StorableText.problem(text).ifPresent(problem -> {
            throw new SocketRefusal(problem);
        });
        return text;
    }

    private static List<String> messageIds(JsonNode given) {
        if (!given.isArray() || given.size() > MAX_SEEN) {
            throw new SocketRefusal(MESSAGE_IDS_REQUIRED);
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (JsonNode id : given) {
            if (!id.isString() || id.asString().isBlank() || id.asString().length() > 100
                    || !StorableText.isStorable(id.asString())) {
                throw new SocketRefusal(MESSAGE_IDS_REQUIRED);
            }
            ids.add(id.asString());
        }
        return new ArrayList<>(ids);
    }

    static String name(UserView user) {
        String name = ((user.firstName() == null ? "" : user.firstName()) + " "
                + (user.lastName() == null ? "" : user.lastName())).trim();
        return name.isEmpty() ? user.username() : name;
    }

    record UserTypingJson(String chatId, String userId, String userName, boolean isTyping) {
    }
}
