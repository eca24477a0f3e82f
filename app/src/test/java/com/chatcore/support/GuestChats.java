package com.chatcore.support;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.guest.CompleteGuestSessionCommand;
import com.chatcore.api.guest.FindGuestSessionByKeyQuery;
import com.chatcore.api.guest.FindGuestSessionQuery;
import com.chatcore.api.guest.GuestKeyHash;
import com.chatcore.api.guest.GuestSessionView;
import com.chatcore.api.guest.StartGuestSessionCommand;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.UUID;

/** Opens a guest chat through the domain (start, then complete a session), as {@code /api/chat/} does. */
public final class GuestChats {

    private GuestChats() {
    }

    /** A guest's chat: the room as agents know it, and the key its guest uses as {@code chat_room_id}. */
    public record GuestChat(ChatRoomView room, String key) {
    }

    /** A new waiting chat, answered once the live-chat and guest sessions read models show it. */
    public static GuestChat open(CommandGateway commands, ReadYourWrites readYourWrites, String fullName,
            String email, String phone, String initialMessage) {
        String sessionId = UUID.randomUUID().toString();
        String chatRoomId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        commands.sendAndWait(new StartGuestSessionCommand(sessionId, initialMessage));
        // The key is looked up in the guest sessions read model, which another processor writes.
        ChatRoomView room = readYourWrites.send(new CompleteGuestSessionCommand(sessionId, chatRoomId,
                        GuestKeyHash.of(key), fullName, email, phone),
                new Awaited<>(new FindChatRoomQuery(chatRoomId), ChatRoomView.class,
                        view -> view.status() == ChatStatus.WAITING),
                new Awaited<>(new FindGuestSessionQuery(sessionId), GuestSessionView.class,
                        GuestSessionView::completed));
        return new GuestChat(room, key);
    }

    /** The room id (what agents see) of the room whose guest holds {@code key}, as {@code complete_chat} gave it. */
    public static String roomIdOf(QueryGateway queries, String key) {
        return queries.query(new FindGuestSessionByKeyQuery(GuestKeyHash.of(key)),
                ResponseTypes.optionalInstanceOf(GuestSessionView.class)).join().orElseThrow().chatRoomId();
    }
}
