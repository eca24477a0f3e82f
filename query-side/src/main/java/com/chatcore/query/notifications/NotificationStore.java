package com.chatcore.query.notifications;

import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.notification.Notice;
import com.chatcore.query.writes.DeferredWrites;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes of the notifications read model. Every write is idempotent: rows are upserted or set, and a
 * notification's id derives from the event and its recipient, so a redelivered event inserts nothing.
 */
/**
 * Writes of the notifications read model. Every write is idempotent: rows are upserted or set, and a
 * notification's id derives from the event and its recipient, so a redelivered event inserts nothing.
 * <p>
 * Within a processor's transaction the writes are deferred ({@link DeferredWrites}) and the rooms and agents that
 * the batch's events concern are read once for the whole batch ({@link KnownInBatch}), then kept current by the
 * batch's own writes: a message costs no round trip of its own. While handlers run protected (after a failure),
 * every read and write goes to the database at once, as each event's savepoint needs.
 */
@Component
class NotificationStore {

    private static final String KNOWN = NotificationStore.class.getName() + ".known";

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;

    NotificationStore(JdbcTemplate jdbc, DeferredWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    void saveAgent(AgentRegisteredEvent event) {
        writes.update("""
                INSERT INTO notification_agents (id, user_id, username, first_name, last_name, is_available)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET user_id = EXCLUDED.user_id,
                    username = EXCLUDED.username, first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                    is_available = EXCLUDED.is_available""",
                event.agentId(), event.userId(), event.username(), event.firstName(), event.lastName(),
                event.available());
        known().ifPresent(known -> known.savedAgent(event.agentId(), event.userId(), event.username(),
                event.firstName(), event.lastName(), event.available()));
    }

    void renameAgentOfUser(long userId, String firstName, String lastName) {
        writes.update("UPDATE notification_agents SET first_name = ?, last_name = ? WHERE user_id = ?",
                firstName, lastName, userId);
        known().ifPresent(known -> known.renamedUser(userId, firstName, lastName));
    }

    void setAvailability(long agentId, boolean available) {
        writes.update("UPDATE notification_agents SET is_available = ? WHERE id = ?", available, agentId);
        known().ifPresent(known -> known.availability(agentId, available));
    }

    List<Long> availableAgents() {
        Optional<KnownInBatch> batch = known();
        if (batch.isPresent() && batch.get().available != null) {
            return List.copyOf(batch.get().available);
        }
        writes.flush();
        List<Long> ids = jdbc.queryForList("SELECT id FROM notification_agents WHERE is_available ORDER BY id",
                Long.class);
        batch.ifPresent(known -> known.available = new TreeSet<>(ids));
        return ids;
    }

    String agentName(Long agentId) {
        if (agentId == null) {
            return Notice.UNKNOWN_AGENT;
        }
        KnownInBatch.Agent agent = agent(agentId);
        return agent.exists() ? Notice.agent(agent.firstName(), agent.lastName(), agent.username())
                : Notice.UNKNOWN_AGENT;
    }

    void saveRoom(String chatRoomId, String customerName) {
        writes.update("""
                INSERT INTO notification_chat_rooms (id, customer_name) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET customer_name = EXCLUDED.customer_name""", chatRoomId, customerName);
        known().ifPresent(known -> known.savedRoom(chatRoomId, customerName));
    }

    void setHolder(String chatRoomId, Long agentId) {
        writes.update("UPDATE notification_chat_rooms SET agent_id = ? WHERE id = ?", agentId, chatRoomId);
        known().ifPresent(known -> known.heldBy(chatRoomId, agentId));
    }

    /** Who holds a chat (null: nobody) and its customer's name as notifications show it. */
    record HeldRoom(Long holder, String customer) {
    }

    HeldRoom heldRoom(String chatRoomId) {
        KnownInBatch.Room room = room(chatRoomId);
        return room.exists() ? new HeldRoom(room.holder(), Notice.customer(room.customerName()))
                : new HeldRoom(null, Notice.UNKNOWN_CUSTOMER);
    }

    String customerName(String chatRoomId) {
        KnownInBatch.Room room = room(chatRoomId);
        return room.exists() ? Notice.customer(room.customerName()) : Notice.UNKNOWN_CUSTOMER;
    }

    void notifyAgent(String eventId, long agentId, String chatRoomId, Notice notice, Instant at) {
        insert(Notice.id(eventId, Notice.agentRecipient(agentId)), "AGENT", agentId, chatRoomId, notice, at);
    }

    void notifyGuest(String eventId, String chatRoomId, Notice notice, Instant at) {
        insert(Notice.id(eventId, Notice.guestRecipient(chatRoomId)), "GUEST", null, chatRoomId, notice, at);
    }

    void markAgentNotificationsRead(long agentId, List<String> ids) {
        writes.update("""
                UPDATE notifications SET is_read = TRUE
                WHERE audience = 'AGENT' AND agent_id = ? AND id = ANY (?) AND NOT is_read""",
                agentId, ids.toArray(String[]::new));
    }

    void markGuestNotificationsRead(String chatRoomId, List<String> ids) {
        writes.update("""
                UPDATE notifications SET is_read = TRUE
                WHERE audience = 'GUEST' AND chat_room_id = ? AND id = ANY (?) AND NOT is_read""",
                chatRoomId, ids.toArray(String[]::new));
    }

    void clear() {
        writes.flush();
        forget();
        jdbc.update("DELETE FROM notifications");
        jdbc.update("DELETE FROM notification_chat_rooms");
        jdbc.update("DELETE FROM notification_agents");
    }

    private void insert(String id, String audience, Long agentId, String chatRoomId, Notice notice, Instant at) {
        writes.update("""
                INSERT INTO notifications (id, audience, agent_id, chat_room_id, notification_type, title, message,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                id, audience, agentId, chatRoomId, notice.type().name(), notice.title(), notice.message(),
                Timestamp.from(at));
    }

    private KnownInBatch.Room room(String chatRoomId) {
        return lookUp(chatRoomId, known -> known.rooms, KnownInBatch::aggregates, this::readRooms,
                KnownInBatch.Room.ABSENT);
    }

    private KnownInBatch.Agent agent(long agentId) {
        return lookUp(agentId, known -> known.agents, KnownInBatch::namedAgents, this::readAgents,
                KnownInBatch.Agent.ABSENT);
    }

    /**
     * A room or an agent: this batch's copy of it, else read (after the writes deferred so far) together with every
     * other one the batch's events name that the copy lacks, so a batch reads each kind about once.
     */
    private <K, V> V lookUp(K key, Function<KnownInBatch, Map<K, V>> copyOf, Function<UnitOfWork<?>, Set<K>> named,
            Function<Set<K>, Map<K, V>> read, V absent) {
        Map<K, V> copy = known().map(copyOf).orElse(null);
        if (copy != null && copy.containsKey(key)) {
            return copy.get(key);
        }
        writes.flush();
        Set<K> wanted = new LinkedHashSet<>(List.of(key));
        if (copy != null) {
            named.apply(CurrentUnitOfWork.get().root()).stream().filter(k -> !copy.containsKey(k))
                    .forEach(wanted::add);
        }
        Map<K, V> found = read.apply(wanted);
        if (copy != null) {
            wanted.forEach(k -> copy.put(k, found.getOrDefault(k, absent)));
        }
        return found.getOrDefault(key, absent);
    }

    private Map<String, KnownInBatch.Room> readRooms(Set<String> ids) {
        Map<String, KnownInBatch.Room> found = new HashMap<>();
        jdbc.query("SELECT id, agent_id, customer_name FROM notification_chat_rooms WHERE id = ANY (?)",
                row -> {
                    found.put(row.getString("id"), new KnownInBatch.Room(true, row.getObject("agent_id", Long.class),
                            row.getString("customer_name")));
                }, (Object) ids.toArray(String[]::new));
        return found;
    }

    private Map<Long, KnownInBatch.Agent> readAgents(Set<Long> ids) {
        Map<Long, KnownInBatch.Agent> found = new HashMap<>();
        jdbc.query("""
                SELECT id, user_id, username, first_name, last_name, is_available FROM notification_agents
                WHERE id = ANY (?)""",
                row -> {
                    found.put(row.getLong("id"), new KnownInBatch.Agent(true, row.getLong("user_id"),
                            row.getString("username"), row.getString("first_name"), row.getString("last_name"),
                            row.getBoolean("is_available")));
                }, (Object) ids.toArray(Long[]::new));
        return found;
    }

    /** This transaction's knowledge while writes are deferred; none (and any dropped) while they are not. */
    private Optional<KnownInBatch> known() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        if (!writes.deferring()) {
            forget();
            return Optional.empty();
        }
        return Optional.of(CurrentUnitOfWork.get().root().getOrComputeResource(KNOWN, key -> new KnownInBatch()));
    }

    private void forget() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().remove(KNOWN);
        }
    }
}
