package com.chatcore.assignment;

import com.chatcore.api.agent.AgentAvailabilityChangedEvent;
import com.chatcore.api.agent.AgentCapacityChangedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The events after which a waiting chat may find an agent: a chat enters the queue (or returns to it), an
 * agent frees a place, becomes available or may hold more. One segment, so one node at a time (whichever
 * holds it) does the assigning; it starts at the head of the event store, so switching the feature on does
 * not replay the past. Nothing is written here: the assigner acts after the event, outside this transaction.
 */
@Component
@ProcessingGroup(AutoAssignmentTriggers.GROUP)
@ConditionalOnProperty(name = "chat.auto-assign.enabled", havingValue = "true")
class AutoAssignmentTriggers {

    static final String GROUP = "autoassign";

    private final AutoAssigner assigner;

    AutoAssignmentTriggers(AutoAssigner assigner) {
        this.assigner = assigner;
    }

    @EventHandler
    void on(ChatStartedEvent event) {
        assigner.wake(event.chatRoomId());
    }

    @EventHandler
    void on(ChatUnassignedEvent event) {
        assigner.wake(event.chatRoomId());
    }

    @EventHandler
    void on(ChatResolvedEvent event) {
        assigner.wake(null);
    }

    @EventHandler
    void on(ChatClosedEvent event) {
        assigner.wake(null);
    }

    @EventHandler
    void on(AgentAvailabilityChangedEvent event) {
        if (event.available()) {
            assigner.wake(null);
        }
    }

    @EventHandler
    void on(AgentCapacityChangedEvent event) {
        assigner.wake(null);
    }
}
