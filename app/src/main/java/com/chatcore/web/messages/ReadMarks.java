package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessagesByIdsQuery;
import com.chatcore.api.conversation.MarkMessagesReadCommand;
import com.chatcore.api.conversation.Reader;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.config.ChatProperties;
import com.chatcore.web.error.ReadModelLagException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Marks messages read and answers once the read model shows every one of them read.
 *
 * <p>The wait keys on message ids, not on the room's unread counters: those move with every new
 * message and every other reader. Messages are always named explicitly (never "all of the chat"), so
 * each message the command's event marks was unread until that event; once the read model shows all
 * the named messages read, that event is projected, whatever else happens in the chat meanwhile.
 * The room subscription is opened before the command: the projection emits the room after every
 * committed read mark of the chat, and each emission triggers one more check.
 */
@Component
public class ReadMarks {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Duration timeout;

    ReadMarks(CommandGateway commands, QueryGateway queries, ChatProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.timeout = properties.readYourWritesTimeout();
    }

    /** The ids of the messages among these that {@code reader} has yet to read: the other side's. */
    public static List<String> unreadBy(Reader reader, Collection<ChatMessageView> messages) {
        SenderType writer = reader == Reader.AGENT ? SenderType.USER : SenderType.AGENT;
        return messages.stream()
                .filter(message -> message.senderType() == writer && !message.read())
                .map(ChatMessageView::id)
                .distinct()
                .toList();
    }

    /**
     * @param messageIds messages of this chat written by the other side of {@code reader}
     * @return how many of them were unread and are now read
     */
    public int mark(String chatRoomId, Reader reader, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        try (SubscriptionQueryResult<Optional<ChatRoomView>, ChatRoomView> room = queries.subscriptionQuery(
                new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class),
                ResponseTypes.instanceOf(ChatRoomView.class))) {
            Integer updated = commands.sendAndWait(new MarkMessagesReadCommand(chatRoomId, reader, messageIds));
            Iterator<ChatRoomView> roomUpdates = room.updates().take(timeout).toIterable(1).iterator();
            while (!allRead(messageIds)) {
                if (!roomUpdates.hasNext()) {
                    throw new ReadModelLagException("read marks of " + chatRoomId);
                }
                roomUpdates.next();
            }
            return updated == null ? 0 : updated;
        }
    }

    private boolean allRead(List<String> messageIds) {
        return queries.query(new FindMessagesByIdsQuery(messageIds),
                        ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join()
                .stream().allMatch(ChatMessageView::read);
    }
}
