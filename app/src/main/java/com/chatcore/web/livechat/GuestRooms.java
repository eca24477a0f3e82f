package com.chatcore.web.livechat;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.guest.FindGuestSessionByKeyQuery;
import com.chatcore.api.guest.GuestKeyHash;
import com.chatcore.api.guest.GuestSessionView;
import com.chatcore.config.ChatProperties;
import com.chatcore.idempotency.RequestIds;
import com.chatcore.security.SecretIds;
import com.chatcore.web.error.NotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Seed 003 guests' keys: the {@code chat_room_id} a guest holds is a random UUID of its own, not the
 * room id that agents, notifications and frames show, so knowing a room does not let anyone act as its
 * guest. Only its hash reaches the domain. With {@code chat.guest-keys.shared} the room id is the key.
 */
@Component
public class GuestRooms {

    private final QueryGateway queries;
    private final SecretIds secretIds;
    private final boolean shared;
    /** Which room a key opens never changes once it opens one: routes that need only the room's id ask once. */
    private final Cache<String, String> roomIds = Caffeine.newBuilder().maximumSize(100_000).build();

    GuestRooms(QueryGateway queries, SecretIds secretIds, ChatProperties properties) {
        this.queries = queries;
        this.secretIds = secretIds;
        this.shared = properties.guestKeys().shared();
    }

    /** The key for the guest of new room {@code chatRoomId}. */
    public GuestKey issue(String chatRoomId) {
        if (shared) {
            return new GuestKey(chatRoomId, null);
        }
        // randomUUID draws from SecureRandom: 122 unpredictable bits in the seed's UUID shape. A request with
        // an Idempotency-Key gets the same key again when it is run again (derived with the server's key).
        String key = RequestIds.keyedInput("guest-key").map(secretIds::derive).orElseGet(UUID::randomUUID)
                .toString();
        return new GuestKey(key, GuestKeyHash.of(key));
    }

    /** The guest chat room that {@code key} opens; 404 for anything else, a room id included. */
    public GuestRoom require(String key) {
        return find(key).orElseThrow(NotFoundException::new);
    }

    /** The id of the guest chat room that {@code key} opens; 404 for anything else. */
    public String requireRoomId(String key) {
        String known = key == null ? null : roomIds.getIfPresent(key);
        return known != null ? known : require(key).room().id();
    }

    public Optional<GuestRoom> find(String key) {
        Optional<String> canonical = canonical(key);
        return canonical
                .flatMap(given -> queries.query(new FindGuestSessionByKeyQuery(GuestKeyHash.of(given)),
                        ResponseTypes.optionalInstanceOf(GuestSessionView.class)).join())
                .flatMap(session -> queries.query(new FindChatRoomQuery(session.chatRoomId()),
                        ResponseTypes.optionalInstanceOf(ChatRoomView.class)).join())
                .filter(room -> room.channel() == Channel.WEB_GUEST)
                .map(room -> {
                    roomIds.put(key, room.id());
                    return new GuestRoom(canonical.get(), room);
                });
    }

    /** The key in the lower-case form it was issued in; empty when it is no canonical UUID. */
    private static Optional<String> canonical(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            String canonical = UUID.fromString(key.strip()).toString();
            return canonical.equalsIgnoreCase(key.strip()) ? Optional.of(canonical) : Optional.empty();
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }
}
