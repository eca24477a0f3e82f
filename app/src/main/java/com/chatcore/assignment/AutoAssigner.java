package com.chatcore.assignment;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentsQuery;
import com.chatcore.api.conversation.ChatRoomPage;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatRuleViolation;
import com.chatcore.api.conversation.FindWaitingChatsQuery;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.security.CallerMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives waiting chats (every channel, in the queue's order: priority, then oldest) to available agents
 * with a free place, least busy first, by sending the same take command an agent sends. The command is
 * what makes it safe beside manual takes and other nodes: a chat is taken once (the conversation refuses a
 * second take) and an agent never goes past its capacity (the workload's conditional update), so reading
 * lists a moment behind costs at most a refused attempt, never a wrong assignment. Takes are recorded as
 * the system's (role SYSTEM for auditors).
 */
@Component
@ConditionalOnProperty(name = "chat.auto-assign.enabled", havingValue = "true")
class AutoAssigner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AutoAssigner.class);
    private static final int AGENTS_READ = 10_000;
    private static final int QUEUE_READ = 200;
    private static final MetaData AS_SYSTEM = MetaData.with(CallerMetadata.CALLER_ID, CallerMetadata.SYSTEM)
            .and(CallerMetadata.CALLER_ROLE, "SYSTEM");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final AutoAssignmentProperties properties;
    private final Set<String> hinted = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweepPending = new AtomicBoolean();
    private ScheduledExecutorService worker;

    AutoAssigner(CommandGateway commands, QueryGateway queries, ObjectProvider<EventProcessingConfiguration> processing,
            AutoAssignmentProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.processing = processing;
        this.properties = properties;
    }

    /** Something may be assignable now; {@code chatRoomId}, when known, is tried even if the queue's list lags. */
    void wake(String chatRoomId) {
        if (chatRoomId != null) {
            hinted.add(chatRoomId);
        }
        ScheduledExecutorService running = worker;
        if (running != null && sweepPending.compareAndSet(false, true)) {
            running.execute(this::sweep);
        }
    }

    private void sweep() {
        sweepPending.set(false);
        try {
            List<Candidate> agents = agentsWithFreePlaces();
            Set<String> rooms = new LinkedHashSet<>(waitingRooms());
            rooms.addAll(drainHints());
            for (String room : rooms) {
                if (agents.isEmpty()) {
                    return;
                }
                assign(room, agents);
            }
        } catch (RuntimeException e) {
            log.warn("Automatic assignment: a sweep failed; the next event or sweep tries again", e);
        }
    }

    private void assign(String room, List<Candidate> agents) {
        agents.sort(Candidate.LEAST_BUSY);
        for (Candidate agent : new ArrayList<>(agents)) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new TakeChatCommand(room, agent.id))
                        .andMetaData(AS_SYSTEM));
                agent.active++;
                if (agent.active >= agent.max) {
                    agents.remove(agent);
                }
                log.debug("Automatic assignment: chat {} to agent {}", room, agent.id);
                return;
            } catch (RuntimeException e) {
                RuleViolationException rule = ruleOf(e);
                if (rule != null && ChatRuleViolation.AT_CAPACITY.equals(rule.rule())) {
                    agents.remove(agent);
                } else if (rule != null) {
                    return; // taken meanwhile, or no longer waiting
                } else {
                    log.debug("Automatic assignment: agent {} could not take chat {}", agent.id, room, e);
                    agents.remove(agent);
                }
            }
        }
    }

    private List<Candidate> agentsWithFreePlaces() {
        List<Candidate> agents = new ArrayList<>();
        for (AgentView agent : queries.query(new FindAgentsQuery(AGENTS_READ),
                ResponseTypes.multipleInstancesOf(AgentView.class)).join()) {
            if (agent.active() && agent.available() && agent.currentActiveChats() < agent.maxConcurrentChats()) {
                agents.add(new Candidate(agent.id(), agent.currentActiveChats(), agent.maxConcurrentChats()));
            }
        }
        return agents;
    }

    private List<String> waitingRooms() {
        ChatRoomPage page = queries.query(new FindWaitingChatsQuery(1, QUEUE_READ), ChatRoomPage.class).join();
        return page.chats().stream().map(ChatRoomView::id).toList();
    }

    private List<String> drainHints() {
        List<String> rooms = new ArrayList<>(hinted);
        rooms.forEach(hinted::remove);
        return rooms;
    }

    private static RuleViolationException ruleOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException rule) {
                return rule;
            }
        }
        return null;
    }

    /** Only the node holding the trigger's one segment sweeps on its own: the others would only collide. */
    private void periodicSweep() {
        try {
            boolean holder = processing.getObject()
                    .eventProcessor(AutoAssignmentTriggers.GROUP, TrackingEventProcessor.class)
                    .map(processor -> !processor.processingStatus().isEmpty()).orElse(false);
            if (holder) {
                wake(null);
            }
        } catch (RuntimeException e) {
            log.warn("Automatic assignment: could not tell whether this node runs it", e);
        }
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "auto-assign");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.sweepInterval().toMillis();
        worker.scheduleWithFixedDelay(this::periodicSweep, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = worker;
        worker = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private static final class Candidate {

        static final Comparator<Candidate> LEAST_BUSY = Comparator.comparingInt((Candidate agent) -> agent.active)
                .thenComparingDouble(agent -> (double) agent.active / agent.max)
                .thenComparingLong(agent -> agent.id);

        final long id;
        final int max;
        int active;

        Candidate(long id, int active, int max) {
            this.id = id;
            this.active = active;
            this.max = max;
        }
    }
}
