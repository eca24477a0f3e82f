package com.chatcore.web.realtime;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * A value per key (who holds a chat, whether an agent is available) as it stood at any position of
 * the event stream this node has read. Each change keeps the value before it, so a position before a
 * key's first remembered change is answered too. A key with no remembered change has not changed
 * since: its value is today's, looked up once in a read model.
 */
final class Timeline<K, V> {

    private record Change<V>(V before, V after) {
    }

    private final Map<K, NavigableMap<Long, Change<V>>> changes = new ConcurrentHashMap<>();
    private final Map<K, Optional<V>> today = new ConcurrentHashMap<>();
    private final Function<K, Optional<V>> lookUp;

    Timeline(Function<K, Optional<V>> lookUp) {
        this.lookUp = lookUp;
    }

    void change(K key, long position, V before, V after) {
        changes.computeIfAbsent(key, k -> new ConcurrentSkipListMap<>()).put(position, new Change<>(before, after));
        today.remove(key);
    }

    Optional<V> at(K key, long position) {
        NavigableMap<Long, Change<V>> history = changes.get(key);
        if (history == null || history.isEmpty()) {
            return today.computeIfAbsent(key, lookUp);
        }
        Map.Entry<Long, Change<V>> last = history.floorEntry(position);
        return Optional.ofNullable(last != null ? last.getValue().after() : history.firstEntry().getValue().before());
    }

    /** Drops changes older than {@code position}: nothing will be asked about them any more. */
    void forgetBefore(long position) {
        changes.values().forEach(history -> history.headMap(position).clear());
        changes.values().removeIf(Map::isEmpty);
    }
}
