package com.chatcore.query.notifications;

import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one transaction of the notifications processor knows of rooms and agents: read once for the whole batch of
 * events, then kept up to date by the batch's own (deferred) writes, so a message's notice needs no read of its own.
 * Lives only as long as its transaction: a batch that rolls back takes it along.
 */
final class KnownInBatch {

    /** A room as the notices need it; {@code exists} false: no row (yet). */
    record Room(boolean exists, Long holder, String customerName) {
        static final Room ABSENT = new Room(false, null, null);
    }

    /** An agent as the notices need it; {@code exists} false: no row. */
    record Agent(boolean exists, long userId, String username, String firstName, String lastName,
            boolean available) {
        static final Agent ABSENT = new Agent(false, 0, null, null, null, false);
    }

    final Map<String, Room> rooms = new HashMap<>();
    final Map<Long, Agent> agents = new HashMap<>();
    /** The available agents' ids, once read; null while not known. */
    TreeSet<Long> available;

    /** The ids of the aggregates behind the batch's events: its conversations among them. */
    static Set<String> aggregates(UnitOfWork<?> unitOfWork) {
        Set<String> ids = new LinkedHashSet<>();
        for (Message<?> message : messages(unitOfWork)) {
            if (message instanceof DomainEventMessage<?> event) {
                ids.add(event.getAggregateIdentifier());
            }
        }
        return ids;
    }

    /** The agents the batch's events may name in a notice. */
    static Set<Long> namedAgents(UnitOfWork<?> unitOfWork) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Message<?> message : messages(unitOfWork)) {
            Object payload = message.getPayload();
            if (payload instanceof MessageSentEvent sent && sent.agentId() != null) {
                ids.add(sent.agentId());
            } else if (payload instanceof ChatTakenEvent taken) {
                ids.add(taken.agentId());
            } else if (payload instanceof ChatAssignedEvent assigned) {
                ids.add(assigned.agentId());
            } else if (payload instanceof ChatTransferredEvent transferred) {
                ids.add(transferred.fromAgentId());
                ids.add(transferred.toAgentId());
            }
        }
        return ids;
    }

    private static Iterable<? extends Message<?>> messages(UnitOfWork<?> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages();
        }
        return List.of(unitOfWork.getMessage());
    }

    void savedRoom(String id, String customerName) {
        Room known = rooms.get(id);
        if (known == null) {
            return;
        }
        rooms.put(id, new Room(true, known.exists() ? known.holder() : null, customerName));
    }

    void heldBy(String roomId, Long agentId) {
        Room known = rooms.get(roomId);
        if (known != null && known.exists()) {
            rooms.put(roomId, new Room(true, agentId, known.customerName()));
        }
    }

    void savedAgent(long id, long userId, String username, String firstName, String lastName, boolean available) {
        agents.put(id, new Agent(true, userId, username, firstName, lastName, available));
        listAvailable(id, available);
    }

    void renamedUser(long userId, String firstName, String lastName) {
        agents.replaceAll((id, agent) -> agent.exists() && agent.userId() == userId
                ? new Agent(true, userId, agent.username(), firstName, lastName, agent.available()) : agent);
    }

    void availability(long agentId, boolean available) {
        Agent known = agents.get(agentId);
        if (known == null) {
            // Whether that agent has a row is not known here: the list is read again when needed.
            this.available = null;
            return;
        }
        if (!known.exists()) {
            return;
        }
        agents.put(agentId, new Agent(true, known.userId(), known.username(), known.firstName(), known.lastName(),
                available));
        listAvailable(agentId, available);
    }

    private void listAvailable(long agentId, boolean available) {
        if (this.available == null) {
            return;
        }
        if (available) {
            this.available.add(agentId);
        } else {
            this.available.remove(agentId);
        }
    }
}
