package com.chatcore.command.directchat;

import com.chatcore.api.directchat.DirectChatActor;
import com.chatcore.api.directchat.DirectChatRuleViolation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a chat's participant list obeys, wherever it is given. */
final class Participants {

    /** A user id as a client writes it: digits only (at most 18, so it fits a long). */
    private static final Pattern USER_ID = Pattern.compile("[0-9]{1,18}");

    private Participants() {
    }

    /**
     * The distinct users of {@code given} in the order first named: at least two, every one an account, and
     * the actor among them unless it is staff.
     */
    static List<Long> require(List<String> given, DirectChatActor actor, DirectChatRegistry registry) {
        Set<Long> ids = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : given) {
            if (id != null && USER_ID.matcher(id).matches()) {
                ids.add(Long.parseLong(id));
            } else {
                unknown.add(String.valueOf(id));
            }
        }
        if (ids.size() + unknown.size() < 2) {
            throw DirectChatRuleViolation.tooFewParticipants();
        }
        if (!unknown.isEmpty() || !registry.existingUsers(ids).containsAll(ids)) {
            throw DirectChatRuleViolation.unknownParticipants();
        }
        if (!actor.staff() && !ids.contains(actor.userId())) {
            throw DirectChatRuleViolation.notAParticipant();
        }
        return List.copyOf(ids);
    }
}
