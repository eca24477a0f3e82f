package com.chatcore.command.conversation;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.StartSupportSessionCommand;
import com.chatcore.api.conversation.SupportSessionRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starting a support session is decided before its {@link Conversation} exists: the user's one-open-session
 * claim runs here, then the conversation is created in the same unit of work (so a refused or failed start
 * leaves no claim behind).
 */
@Component
class SupportSessionCommandHandler {

    private final Repository<Conversation> conversations;
    private final SupportSessionRegistry registry;

    SupportSessionCommandHandler(@Qualifier("conversationRepository") Repository<Conversation> conversations,
            SupportSessionRegistry registry) {
        this.conversations = conversations;
        this.registry = registry;
    }

    @CommandHandler
    String handle(StartSupportSessionCommand command) throws Exception {
        if (registry.claim(command.user().id(), command.sessionId()).isPresent()) {
            throw SupportSessionRuleViolation.sessionOpen();
        }
        ChatStartedEvent start = new ChatStartedEvent(command.sessionId(), Channel.SUPPORT, command.user(), null,
                null, Priority.LOW);
        conversations.newInstance(() -> new Conversation(start));
        return command.sessionId();
    }
}
