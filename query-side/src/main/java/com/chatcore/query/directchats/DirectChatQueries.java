package com.chatcore.query.directchats;

import com.chatcore.api.directchat.DirectChatPage;
import com.chatcore.api.directchat.DirectChatView;
import com.chatcore.api.directchat.FindDirectChatQuery;
import com.chatcore.api.directchat.FindDirectChatsQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Query handlers of the direct chats read model; every list is bounded by its query. */
@Component
class DirectChatQueries {

    private final DirectChatReads reads;

    DirectChatQueries(DirectChatReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    Optional<DirectChatView> handle(FindDirectChatQuery query) {
        return reads.chat(query.chatId());
    }

    @QueryHandler
    DirectChatPage handle(FindDirectChatsQuery query) {
        String where = "WHERE NOT c.deleted";
        List<Object> args = new ArrayList<>();
        if (query.participantId() != null) {
            where += " AND EXISTS (SELECT 1 FROM direct_chat_participants p WHERE p.chat_id = c.id AND p.user_id = ?)";
            args.add(query.participantId());
        }
        long total = reads.count(where, args.toArray());
        args.add(query.limit());
        args.add((long) (query.page() - 1) * query.limit());
        List<DirectChatView> chats = reads.chats(where + " ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?",
                args.toArray());
        return new DirectChatPage(chats, total);
    }
}
