package com.chatcore.security;

import com.chatcore.security.MatrixIdentities.Who;

/**
 * One route of the authorization matrix: who may call it, what it acts on, and whether among agents only
 * the object's owner (the chat's holder, the agent itself) may.
 */
record MatrixRow(String method, String path, Access access, Target target, boolean ownerOnly) {

    /** Not 401, not 403, not 5xx: past authentication and authorization. */
    static final int ALLOWED = 0;

    enum Access {
        /** Hands out credentials: ignores any Authorization header, as SimpleJWT's views do. */
        CREDENTIALS,
        /** Open to guests without a token; a token, when sent, must be valid. */
        GUEST,
        /** Any account. */
        AUTHENTICATED,
        /** AGENT or SUPERUSER. */
        STAFF,
        /** AGENT (a SUPERUSER holds no chats). */
        AGENT_ONLY,
        SUPERUSER_ONLY
    }

    enum Target {
        NONE,
        /** A chat, named by the guest's key (chat_room_id returned by complete_chat). */
        GUEST_CHAT,
        /** A chat, named by its id ({id}, chat_room_id). */
        CHAT,
        /** The customer's first message of a chat. */
        MESSAGE,
        /** An agent ({id} is the agent's id). */
        AGENT,
        /** An agent of no other use, for the calls that change or remove it. */
        SPARE_AGENT,
        /** A new chat of seed 002 between USER (its owner) and another user; {userId} is USER's id. */
        DIRECT_CHAT
    }

    static MatrixRow row(String operation, Access access, Target target, boolean ownerOnly) {
        String[] parts = operation.split(" ");
        return new MatrixRow(parts[0], parts[1], access, target, ownerOnly);
    }

    String operation() {
        return method + " " + path;
    }

    /** {@link #ALLOWED}, 401 or 403 for {@code who} acting on an object it owns or not. */
    int expected(Who who, boolean ownsObject) {
        if (access == Access.CREDENTIALS) {
            return ALLOWED;
        }
        return switch (who) {
            case ANONYMOUS -> access == Access.GUEST ? ALLOWED : 401;
            case BAD_TOKEN, DEACTIVATED, LOGGED_OUT -> 401;
            case USER -> access == Access.GUEST || access == Access.AUTHENTICATED ? ALLOWED : 403;
            case SUPERUSER -> access == Access.AGENT_ONLY ? 403 : ALLOWED;
            case AGENT_A1, AGENT_A2 -> {
                if (access == Access.SUPERUSER_ONLY) {
                    yield 403;
                }
                yield ownerOnly && !ownsObject ? 403 : ALLOWED;
            }
        };
    }
}
