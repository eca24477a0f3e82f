package com.chatcore.api.directchat;

import com.chatcore.api.error.RuleViolationException;

/**
 * The rules of a direct chat, each with the message seed 002's implementation answers. The REST adapter
 * picks the status by rule: 400, 404, 403 and 409 in the order below.
 */
public final class DirectChatRuleViolation {

    public static final String TOO_FEW_PARTICIPANTS = "DirectChatTooFewParticipants";
    public static final String UNKNOWN_PARTICIPANTS = "DirectChatUnknownParticipants";
    public static final String NOT_A_PARTICIPANT = "DirectChatNotAParticipant";
    public static final String PARTICIPANT_SET_TAKEN = "DirectChatParticipantSetTaken";

    private DirectChatRuleViolation() {
    }

    public static RuleViolationException tooFewParticipants() {
        return new RuleViolationException(TOO_FEW_PARTICIPANTS, "Un chat debe tener al menos 2 participantes");
    }

    public static RuleViolationException unknownParticipants() {
        return new RuleViolationException(UNKNOWN_PARTICIPANTS, "Uno o más participantes no existen");
    }

    public static RuleViolationException notAParticipant() {
        return new RuleViolationException(NOT_A_PARTICIPANT, "No tienes permiso para acceder a este chat");
    }

    /** Another chat already has exactly these participants. */
    public static RuleViolationException participantSetTaken() {
        return new RuleViolationException(PARTICIPANT_SET_TAKEN, "Chat ya existe");
    }
}
