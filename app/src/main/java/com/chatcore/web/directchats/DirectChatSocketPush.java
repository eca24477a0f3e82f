package com.chatcore.web.directchats;

import com.chatcore.api.directchat.DirectChatView;
import com.chatcore.api.directchat.DirectMessageSentEvent;
import com.chatcore.api.directchat.DirectMessagesSeenEvent;
import com.chatcore.api.directchat.FindDirectChatQuery;
import com.chatcore.api.user.UserView;
import com.chatcore.web.realtime.LiveEvent;
import com.chatcore.web.socketio.ChatSockets;
import com.chatcore.web.socketio.SocketPush;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seed 002's Socket.IO pushes, from this node's event feed: {@code new_message} and {@code messages_marked_seen} to
 * every connection of the chat's participants (and any joined to the chat), on whichever node the write happened.
 * Each reads the chat (its participants), on the push thread.
 */
@Component
class DirectChatSocketPush implements SocketPush {

    private final QueryGateway queries;

    DirectChatSocketPush(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public void push(LiveEvent event, Sink sockets) {
        if (event.payload() instanceof DirectMessageSentEvent sent) {
            chat(sent.chatId()).ifPresent(chat -> sockets.toRooms(rooms(chat), "new_message",
                    NewMessageJson.of(sent, chat, DirectChatJson.time(event.at()))));
        } else if (event.payload() instanceof DirectMessagesSeenEvent seen) {
            chat(seen.chatId()).ifPresent(chat -> sockets.toRooms(rooms(chat), "messages_marked_seen",
                    new SeenJson(seen.chatId(), seen.messageIds(), Long.toString(seen.readerId()))));
        }
    }

    private Optional<DirectChatView> chat(String chatId) {
        return queries.query(new FindDirectChatQuery(chatId), ResponseTypes.optionalInstanceOf(DirectChatView.class))
                .join();
    }

    private static List<String> rooms(DirectChatView chat) {
        List<String> rooms = new ArrayList<>();
        rooms.add(DirectChatSockets.room(chat.chatId()));
        chat.participants().forEach(user -> rooms.add(ChatSockets.userRoom(user.id())));
        return rooms;
    }

    record SeenJson(String chatId, List<String> messageIds, String userId) {
    }

    record SenderJson(@JsonProperty("_id") String mongoId, long id, String fullName, String profileImage) {
    }

    /** A message as mercado-virtual's client reads it: Mongo-style ids, the sender populated. */
    record NewMessageJson(@JsonProperty("_id") String mongoId, String id, String chatId, SenderJson senderId,
            String receiverId, String content, String status, String createdAt, String updatedAt) {

        static NewMessageJson of(DirectMessageSentEvent sent, DirectChatView chat, String at) {
            SenderJson sender = chat.participants().stream().filter(user -> user.id() == sent.senderId()).findFirst()
                    .map(user -> new SenderJson(Long.toString(user.id()), user.id(), DirectChatSockets.name(user), null))
                    .orElse(new SenderJson(Long.toString(sent.senderId()), sent.senderId(), null, null));
            String receiver = chat.participants().stream().map(UserView::id).filter(id -> id != sent.senderId())
                    .findFirst().map(String::valueOf).orElse(null);
            return new NewMessageJson(sent.messageId(), sent.messageId(), sent.chatId(), sender, receiver,
                    sent.content(), "sent", at, at);
        }
    }
}
