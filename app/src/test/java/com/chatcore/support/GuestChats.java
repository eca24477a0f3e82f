package com.chatcore.support;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.guest.CompleteGuestSessionCommand;
import com.chatcore.api.guest.StartGuestSessionCommand;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.UUID;

/** Opens a guest chat through the domain (start, then complete a session), as {@code /api/chat/} does. */
public final class GuestChats {

    private GuestChats() {
    }

    /** A new waiting chat, answered once the live-chat read model shows it. */
    public static ChatRoomView open(CommandGateway commands, ReadYourWrites readYourWrites, String fullName,
            String email, String phone, String initialMessage) {
        String sessionId = UUID.randomUUID().toString();
        String chatRoomId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartGuestSessionCommand(sessionId, initialMessage));
        return readYourWrites.send(new CompleteGuestSessionCommand(sessionId, chatRoomId, fullName, email, phone),
                new FindChatRoomQuery(chatRoomId), ChatRoomView.class, room -> room.status() == ChatStatus.WAITING);
    }
}
