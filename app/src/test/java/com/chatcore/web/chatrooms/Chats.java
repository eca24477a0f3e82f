package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessageQuery;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.support.GuestChats;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Opens guest chats through the domain, as the guest flow of {@code /api/chat/} does, and waits until
 * the read model shows them.
 */
final class Chats {

    static final String FULL_NAME = "Ana Pérez";
    static final String EMAIL = "ana@example.com";
    static final String PHONE = "+34600000000";
    static final String INITIAL_MESSAGE = "Hola";

    private final CommandGateway commands;
    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final EventBus events;

    Chats(CommandGateway commands, ReadYourWrites readYourWrites, QueryGateway queries, EventBus events) {
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.events = events;
    }

    /** A new waiting chat of "Ana Pérez" whose first message is "Hola". */
    ChatRoomView createWaitingChat() {
        return GuestChats.open(commands, readYourWrites, FULL_NAME, EMAIL, PHONE, INITIAL_MESSAGE).room();
    }

    /** The customer writes in the chat. */
    ChatMessageView customerSays(String chatRoomId, String content) {
        String messageId = UUID.randomUUID().toString();
        return readYourWrites.send(new SendMessageCommand(chatRoomId, messageId, SenderType.USER, null, content,
                "text"), new FindMessageQuery(messageId), ChatMessageView.class, message -> true);
    }

    /** The customer writes {@code count} messages "1", "2", ...; answers once the read model has them all. */
    void customerSaysMany(String chatRoomId, int count) {
        for (int i = 1; i < count; i++) {
            commands.sendAndWait(new SendMessageCommand(chatRoomId, UUID.randomUUID().toString(), SenderType.USER,
                    null, String.valueOf(i), "text"));
        }
        customerSays(chatRoomId, String.valueOf(count));
    }

    /**
     * A waiting chat that entered the queue {@code ago}: only the read model knows it (there is no way
     * to start a conversation in the past), so the test must {@link #forget} it when done.
     */
    ChatRoomView readModelChatWaitingSince(Duration ago) {
        String chatRoomId = UUID.randomUUID().toString();
        ChatStartedEvent start = new ChatStartedEvent(chatRoomId, Channel.WEB_GUEST,
                new ChatUser(0, FULL_NAME, EMAIL, PHONE), null, INITIAL_MESSAGE, Priority.LOW);
        return publishAndAwait(start, Instant.now().minus(ago), chatRoomId, room -> true);
    }

    /** Takes a {@link #readModelChatWaitingSince} chat out of the waiting queue. */
    void forget(ChatRoomView room) {
        publishAndAwait(new ChatClosedEvent(room.id(), null, ChatStatus.WAITING, null), Instant.now(), room.id(),
                view -> view.status() == ChatStatus.CLOSED);
    }

    private ChatRoomView publishAndAwait(Object event, Instant at, String chatRoomId, Predicate<ChatRoomView> ready) {
        try (SubscriptionQueryResult<Optional<ChatRoomView>, ChatRoomView> result = queries.subscriptionQuery(
                new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class),
                ResponseTypes.instanceOf(ChatRoomView.class))) {
            events.publish(new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(), at));
            return Flux.concat(result.initialResult().flatMap(Mono::justOrEmpty), result.updates())
                    .filter(ready)
                    .blockFirst(Duration.ofSeconds(10));
        }
    }
}
