package com.chatcore.command.directchat;

import com.chatcore.api.directchat.DirectChatOpened;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.directchat.OpenDirectChatCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Opening a chat is decided before any aggregate exists: a participant set that already has a chat answers
 * that chat and records nothing, so the set-based claim runs here, then the new {@link DirectChat} is
 * created in the same unit of work.
 */
@Component
class DirectChatCommandHandler {

    private final Repository<DirectChat> chats;
    private final DirectChatRegistry registry;

    DirectChatCommandHandler(@Qualifier("directChatRepository") Repository<DirectChat> chats,
            DirectChatRegistry registry) {
        this.chats = chats;
        this.registry = registry;
    }

    @CommandHandler
    DirectChatOpened handle(OpenDirectChatCommand command) throws Exception {
        List<Long> participants = Participants.require(command.participants(), command.actor(), registry);
        Optional<String> holder = registry.claim(Set.copyOf(participants), command.chatId());
        if (holder.isPresent()) {
            return new DirectChatOpened(holder.get(), false);
        }
        LastMessage lastMessage = Objects.requireNonNullElse(command.lastMessage(), LastMessage.NONE);
        chats.newInstance(() -> new DirectChat(command.chatId(), participants, lastMessage));
        return new DirectChatOpened(command.chatId(), true);
    }
}
