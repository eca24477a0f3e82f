package com.chatcore.web.notifications;

import com.chatcore.api.conversation.AssignAgentCommand;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessageQuery;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.api.conversation.TransferChatCommand;
import com.chatcore.api.notification.FindAgentNotificationsQuery;
import com.chatcore.api.notification.FindGuestNotificationsQuery;
import com.chatcore.api.notification.NotificationListView;
import com.chatcore.api.notification.NotificationType;
import com.chatcore.support.GuestChats;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the live-chat domain through the command gateway (its REST routes are built elsewhere) and
 * waits for read models without sleeping. Each step answers the time of the event it caused, taken from
 * the live-chat read model, which stores event times as the notifications do.
 */
final class LiveChatDriver {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    LiveChatDriver(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    /** {@code id}: the room id agents know; {@code key}: what its guest gives as {@code chat_room_id}. */
    record Chat(String id, String key, Instant startedAt) {
    }

    Chat startChat(String fullName, String initialMessage) {
        GuestChats.GuestChat chat = GuestChats.open(commands, readYourWrites, fullName, "ana@example.com",
                "+34600000000", initialMessage);
        return new Chat(chat.room().id(), chat.key(), chat.room().createdAt());
    }

    Instant take(String chatRoomId, long agentId) {
        return holderChange(new TakeChatCommand(chatRoomId, agentId), chatRoomId, agentId);
    }

    Instant assign(String chatRoomId, long agentId) {
        return holderChange(new AssignAgentCommand(chatRoomId, agentId), chatRoomId, agentId);
    }

    Instant transfer(String chatRoomId, long fromAgentId, long toAgentId) {
        return holderChange(new TransferChatCommand(chatRoomId, toAgentId, fromAgentId), chatRoomId, toAgentId);
    }

    Instant resolve(String chatRoomId) {
        return readYourWrites.send(new ResolveChatCommand(chatRoomId, null), new FindChatRoomQuery(chatRoomId),
                ChatRoomView.class, view -> view.status() == ChatStatus.RESOLVED).updatedAt();
    }

    Instant customerWrites(String chatRoomId, String content) {
        return message(new SendMessageCommand(chatRoomId, UUID.randomUUID().toString(), SenderType.USER, null,
                content, "text"));
    }

    Instant agentWrites(String chatRoomId, long agentId, String content) {
        return message(new SendMessageCommand(chatRoomId, UUID.randomUUID().toString(), SenderType.AGENT, agentId,
                content, "text"));
    }

    void send(Object command) {
        commands.sendAndWait(command);
    }

    /**
     * Waits until the agent's notifications satisfy {@code ready}. Safe after the fact: the subscription is
     * registered before its initial read, so a change lands in one or the other.
     */
    NotificationListView awaitAgent(long agentId, Predicate<NotificationListView> ready) {
        return await(new FindAgentNotificationsQuery(agentId, 100), ready);
    }

    NotificationListView awaitGuest(String chatRoomId, Predicate<NotificationListView> ready) {
        return await(new FindGuestNotificationsQuery(chatRoomId, 100), ready);
    }

    static Predicate<NotificationListView> has(String chatRoomId, NotificationType type) {
        return view -> view.notifications().stream()
                .anyMatch(n -> n.chatRoomId().equals(chatRoomId) && n.type() == type);
    }

    static Predicate<NotificationListView> count(String chatRoomId, NotificationType type, int expected) {
        return view -> view.notifications().stream()
                .filter(n -> n.chatRoomId().equals(chatRoomId) && n.type() == type).count() == expected;
    }

    private NotificationListView await(Object query, Predicate<NotificationListView> ready) {
        try (SubscriptionQueryResult<NotificationListView, NotificationListView> result = queries.subscriptionQuery(
                query, ResponseTypes.instanceOf(NotificationListView.class),
                ResponseTypes.instanceOf(NotificationListView.class))) {
            NotificationListView view = Flux.concat(result.initialResult(), result.updates()).filter(ready)
                    .blockFirst(WAIT);
            assertThat(view).as("notifications of %s", query).isNotNull();
            return view;
        }
    }

    private Instant holderChange(Object command, String chatRoomId, long agentId) {
        return readYourWrites.send(command, new FindChatRoomQuery(chatRoomId), ChatRoomView.class,
                view -> view.agent() != null && view.agent().id() == agentId).updatedAt();
    }

    private Instant message(SendMessageCommand command) {
        return readYourWrites.send(command, new FindMessageQuery(command.messageId()), ChatMessageView.class,
                view -> true).createdAt();
    }
}
