package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatMessagesQuery;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessageQuery;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.support.Accounts;
import com.chatcore.support.GuestChats;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Chats for the tests of this API family, driven through the domain: the REST families that open
 * and take chats are not part of this package. Every step waits for the read model.
 */
final class ChatScenarios {

    static final String INITIAL_MESSAGE = "Hola";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final Accounts accounts;
    private final Map<String, String> guestKeys = new HashMap<>();

    ChatScenarios(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites, Accounts accounts) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.accounts = accounts;
    }

    record Agent(long id, String firstName, String lastName, String token) {
    }

    Agent agent(String username) {
        JsonNode agent = accounts.createAgent(username, 5);
        return new Agent(agent.get("id").asLong(), agent.get("user").get("first_name").asString(),
                agent.get("user").get("last_name").asString(), accounts.login(username, Accounts.PASSWORD));
    }

    /**
     * A completed guest session: a waiting chat whose first message is the guest's "Hola". Answers the
     * room id, which agents use; its guest uses {@link #keyOf}.
     */
    String waitingChat() {
        GuestChats.GuestChat chat = GuestChats.open(commands, readYourWrites, "Ana", "ana@example.com",
                "+34600000000", INITIAL_MESSAGE);
        guestKeys.put(chat.room().id(), chat.key());
        return chat.room().id();
    }

    /** The key the guest of room {@code chatRoomId} gives as its {@code chat_room_id}. */
    String keyOf(String chatRoomId) {
        return guestKeys.get(chatRoomId);
    }

    String activeChat(Agent agent) {
        String chatRoomId = waitingChat();
        readYourWrites.send(new TakeChatCommand(chatRoomId, agent.id()), new FindChatRoomQuery(chatRoomId),
                ChatRoomView.class, view -> view.status() == ChatStatus.ACTIVE);
        return chatRoomId;
    }

    void resolve(String chatRoomId) {
        readYourWrites.send(new ResolveChatCommand(chatRoomId, null), new FindChatRoomQuery(chatRoomId),
                ChatRoomView.class, view -> view.status() == ChatStatus.RESOLVED);
    }

    /** A customer message; returns its id. */
    String customerSays(String chatRoomId, String text) {
        return send(new SendMessageCommand(chatRoomId, UUID.randomUUID().toString(), SenderType.USER, null, text,
                "text"));
    }

    /**
     * {@code count} customer messages; only the last send waits for the read model, which projects a
     * chat's events in order, so all of them are there when this returns.
     */
    void customerSaysMany(String chatRoomId, int count) {
        for (int i = 0; i < count - 1; i++) {
            commands.sendAndWait(new SendMessageCommand(chatRoomId, UUID.randomUUID().toString(), SenderType.USER,
                    null, "mensaje " + i, "text"));
        }
        customerSays(chatRoomId, "mensaje " + (count - 1));
    }

    /** A message of the agent holding the chat; returns its id. */
    String agentSays(String chatRoomId, Agent agent, String text) {
        return send(new SendMessageCommand(chatRoomId, UUID.randomUUID().toString(), SenderType.AGENT, agent.id(),
                text, "text"));
    }

    private String send(SendMessageCommand command) {
        readYourWrites.send(command, new FindMessageQuery(command.messageId()), ChatMessageView.class, view -> true);
        return command.messageId();
    }

    List<ChatMessageView> messages(String chatRoomId) {
        return queries.query(new FindChatMessagesQuery(chatRoomId, 10_000),
                ResponseTypes.multipleInstancesOf(ChatMessageView.class)).join();
    }

    ChatMessageView message(String messageId) {
        return queries.query(new FindMessageQuery(messageId), ResponseTypes.optionalInstanceOf(ChatMessageView.class))
                .join().orElseThrow();
    }

    ChatRoomView room(String chatRoomId) {
        return queries.query(new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join().orElseThrow();
    }

    /** The id of the chat's first message, the guest's initial "Hola". */
    String initialMessageId(String chatRoomId) {
        return messages(chatRoomId).get(0).id();
    }
}
