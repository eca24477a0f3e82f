package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.user.Role;
import com.chatcore.security.Caller;
import com.chatcore.web.error.DrfMessages;
import com.chatcore.web.error.NotFoundException;
import com.chatcore.web.livechat.CurrentAgent;
import com.chatcore.web.livechat.GuestRoom;
import com.chatcore.web.livechat.GuestRooms;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is calling and which chat they address. Guests of seed 003 carry no token: their key, which is
 * not the room id, is their {@code chat_room_id} ({@link GuestRooms}). Callers with an AGENT or SUPERUSER
 * token are the agent side and address chats by room id; any other caller (no token, or a customer's
 * USER token) is the guest side.
 */
@Component
class ChatAccess {

    private final QueryGateway queries;
    private final CurrentAgent currentAgent;
    private final GuestRooms guestRooms;

    ChatAccess(QueryGateway queries, CurrentAgent currentAgent, GuestRooms guestRooms) {
        this.queries = queries;
        this.currentAgent = currentAgent;
        this.guestRooms = guestRooms;
    }

    static boolean isStaff(Caller caller) {
        return caller != null && (caller.is(Role.AGENT) || caller.is(Role.SUPERUSER));
    }

    /** The agent side of the caller; 403 for callers that are neither agents nor superusers. */
    Staff staff(Caller caller) {
        if (caller != null && caller.is(Role.SUPERUSER)) {
            return Staff.superuser();
        }
        if (!isStaff(caller)) {
            throw new AccessDeniedException("not an agent");
        }
        return new Staff(currentAgent.require(caller).id());
    }

    Optional<Staff> staffIfAny(Caller caller) {
        return isStaff(caller) ? Optional.of(staff(caller)) : Optional.empty();
    }

    /** The guest's chat room that {@code key} opens, or 404 (a room id is no key). */
    GuestRoom guest(String key) {
        return guestRooms.require(key);
    }

    /** The chat room, by room id (agent side), or 404. */
    ChatRoomView room(String chatRoomId) {
        return find(chatRoomId).orElseThrow(NotFoundException::new);
    }

    Optional<ChatRoomView> find(String chatRoomId) {
        return queries.query(new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join();
    }

    /** A required {@code chat_room_id} (query parameter or body field): 400 when missing or blank. */
    static String required(String chatRoomId) {
        if (chatRoomId == null) {
            throw FieldValidationException.of("chat_room_id", DrfMessages.REQUIRED);
        }
        if (chatRoomId.isBlank()) {
            throw FieldValidationException.of("chat_room_id", DrfMessages.BLANK);
        }
        return chatRoomId.trim();
    }

    static void requireHolds(Staff staff, ChatRoomView room) {
        if (!staff.holds(room)) {
            throw new AccessDeniedException("chat not held by the caller");
        }
    }
}
