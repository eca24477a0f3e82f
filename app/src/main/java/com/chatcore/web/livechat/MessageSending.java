package com.chatcore.web.livechat;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindMessageQuery;
import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.idempotency.RequestIds;
import com.chatcore.query.signals.ProjectedMessages;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends a text message into a chat, for every route that writes one (the guest's, the agent's two), and
 * answers with the message as the read model shows it, or, when the read model is late, as the command
 * stored it (its time then is the send's, within milliseconds of the event's; its position is not known).
 * A send retried with its Idempotency-Key after its first run was stored carries the same message id, so
 * the chat stores it once and this answers the stored message.
 */
@Component
public class MessageSending {

    static final String TEXT = "text";
    /** A message answered before the read model ordered it. */
    static final long POSITION_NOT_YET_KNOWN = -1;

    private final ReadYourWrites readYourWrites;
    private final ProjectedMessages projectedMessages;
    private final Clock clock;

    MessageSending(ReadYourWrites readYourWrites, ProjectedMessages projectedMessages, Clock clock) {
        this.readYourWrites = readYourWrites;
        this.projectedMessages = projectedMessages;
        this.clock = clock;
    }

    public ChatMessageView fromCustomer(String chatRoomId, String content) {
        return send(chatRoomId, SenderType.USER, null, content);
    }

    public ChatMessageView fromAgent(String chatRoomId, AgentView agent, String content) {
        return send(chatRoomId, SenderType.AGENT, agent, content);
    }

    private ChatMessageView send(String chatRoomId, SenderType sender, AgentView agent, String content) {
        String messageId = RequestIds.newId("message");
        Instant sent = clock.instant();
        ChatRoomView.AgentRef agentRef = agent == null ? null
                : new ChatRoomView.AgentRef(agent.id(), agent.userId(), agent.firstName(), agent.lastName());
        ChatMessageView view = readYourWrites.sendOr(
                new SendMessageCommand(chatRoomId, messageId, sender, agent == null ? null : agent.id(), content, TEXT),
                Awaited.signalled(projectedMessages, messageId, new FindMessageQuery(messageId), ChatMessageView.class),
                () -> new ChatMessageView(messageId, chatRoomId, POSITION_NOT_YET_KNOWN, sender, agentRef, content,
                        TEXT, false, null, sent));
        return view.agent() != null || agentRef == null ? view : withAgent(view, agentRef);
    }

    /** The projection signals a message with its agent's id only; the sender is the agent at hand. */
    private static ChatMessageView withAgent(ChatMessageView view, ChatRoomView.AgentRef agent) {
        return new ChatMessageView(view.id(), view.chatRoomId(), view.position(), view.senderType(), agent,
                view.content(), view.messageType(), view.read(), view.readAt(), view.createdAt());
    }
}
