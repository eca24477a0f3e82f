package com.chatcore.web.directchats;

import com.chatcore.api.directchat.DirectChatActor;
import com.chatcore.api.directchat.DirectChatView;
import com.chatcore.api.directchat.FindDirectChatQuery;
import com.chatcore.api.user.Role;
import com.chatcore.security.Caller;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Predicate;

/** Finding a chat for a caller, and waiting for the read model to show a write to one. */
@Component
class DirectChats {

    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    DirectChats(QueryGateway queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    static DirectChatActor actor(Caller caller) {
        return new DirectChatActor(caller.userId(), !caller.is(Role.USER));
    }

    /** The chat's id as the aggregate knows it; any other text names no chat (404). */
    static String chatId(String id) {
        try {
            String canonical = UUID.fromString(id).toString();
            if (canonical.equalsIgnoreCase(id)) {
                return canonical;
            }
        } catch (IllegalArgumentException notAUuid) {
            // names no chat, as below
        }
        throw DirectChatProblem.notFound(DirectChatMessages.CHAT_NOT_FOUND);
    }

    /** A chat not deleted that the caller may see: 404 for none, 403 for a USER not taking part. */
    DirectChatView visibleTo(Caller caller, String id) {
        DirectChatView chat = queries.query(new FindDirectChatQuery(chatId(id)),
                ResponseTypes.optionalInstanceOf(DirectChatView.class)).join()
                .filter(view -> !view.deleted())
                .orElseThrow(() -> DirectChatProblem.notFound(DirectChatMessages.CHAT_NOT_FOUND));
        if (caller.is(Role.USER) && !chat.hasParticipant(caller.userId())) {
            throw DirectChatProblem.forbidden(DirectChatMessages.NOT_A_PARTICIPANT);
        }
        return chat;
    }

    /** The chat once the read model shows it at {@code version} or later. */
    DirectChatView atVersion(String chatId, long version) {
        return await(chatId, view -> view.version() >= version);
    }

    DirectChatView await(String chatId, Predicate<DirectChatView> ready) {
        return readYourWrites.await(new Awaited<>(new FindDirectChatQuery(chatId), DirectChatView.class, ready));
    }
}
