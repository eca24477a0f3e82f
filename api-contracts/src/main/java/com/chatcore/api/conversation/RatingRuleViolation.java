package com.chatcore.api.conversation;

import com.chatcore.api.error.RuleViolationException;

/** The rules of rating a conversation (CSAT); each is a 400 in its API family's error shape. */
public final class RatingRuleViolation {

    public static final String NOT_FINISHED = "ConversationNotFinished";
    public static final String ALREADY_RATED = "ConversationAlreadyRated";
    public static final String OUT_OF_RANGE = "RatingOutOfRange";
    public static final String COMMENT_TOO_LONG = "RatingCommentTooLong";

    public static final int MIN = 1;
    public static final int MAX = 5;
    /** Longest comment, in characters (code points). */
    public static final int MAX_COMMENT_LENGTH = 1000;

    public static final String NOT_FINISHED_MESSAGE = "Solo se puede calificar una conversación resuelta o cerrada";
    public static final String ALREADY_RATED_MESSAGE = "Esta conversación ya fue calificada";
    public static final String OUT_OF_RANGE_MESSAGE = "La calificación debe ser un número entero entre 1 y 5";
    public static final String COMMENT_TOO_LONG_MESSAGE =
            "El comentario no puede tener más de " + MAX_COMMENT_LENGTH + " caracteres";

    private RatingRuleViolation() {
    }

    public static boolean isRatingRule(String rule) {
        return NOT_FINISHED.equals(rule) || ALREADY_RATED.equals(rule) || OUT_OF_RANGE.equals(rule)
                || COMMENT_TOO_LONG.equals(rule);
    }

    public static RuleViolationException notFinished() {
        return new RuleViolationException(NOT_FINISHED, NOT_FINISHED_MESSAGE);
    }

    public static RuleViolationException alreadyRated() {
        return new RuleViolationException(ALREADY_RATED, ALREADY_RATED_MESSAGE);
    }

    public static RuleViolationException outOfRange() {
        return new RuleViolationException(OUT_OF_RANGE, OUT_OF_RANGE_MESSAGE);
    }

    public static RuleViolationException commentTooLong() {
        return new RuleViolationException(COMMENT_TOO_LONG, COMMENT_TOO_LONG_MESSAGE);
    }
}
