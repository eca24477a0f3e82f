package com.chatcore.cluster;

import com.chatcore.api.conversation.NotAssignedAgentException;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.api.guest.GuestSessionExpiredException;
import com.chatcore.web.error.DatabaseUnavailable;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataAccessResourceFailureException;

import java.util.List;
import java.util.Map;

/**
 * Why a command that ran on another node was refused, in a form that crosses the wire: Axon carries only a
 * failure's description and its details, so the node that ran it describes the exceptions the API answers
 * with (400, 403, 404, 409, 503), and the node that sent it throws the same exception again. Any other
 * failure stays Axon's {@link CommandExecutionException}: a 500, as it would be on one node.
 */
record CommandRefusal(Kind kind, String message, String rule, Map<String, List<String>> errors, String id,
        long agentId) {

    enum Kind { RULE_VIOLATION, INVALID_FIELDS, NOT_ASSIGNED, GUEST_SESSION_EXPIRED, NOT_FOUND, CONFLICT, DATABASE_DOWN }

    /** On the node that ran the command: its result, with a refusal the sender must see described. */
    static CommandResultMessage<?> describe(CommandResultMessage<?> result) {
        if (!result.isExceptional()) {
            return result;
        }
        CommandRefusal refusal = of(result.exceptionResult());
        return refusal == null ? result : GenericCommandResultMessage.asCommandResultMessage(
                new CommandExecutionException(refusal.message(), null, refusal));
    }

    /** On the node that sent it: the result with the exception the node that ran it threw. */
    static CommandResultMessage<?> restore(CommandResultMessage<?> result) {
        if (result.isExceptional() && result.exceptionResult() instanceof CommandExecutionException remote
                && remote.getDetails().orElse(null) instanceof CommandRefusal refusal) {
            return GenericCommandResultMessage.asCommandResultMessage(refusal.exception());
        }
        return result;
    }

    private static CommandRefusal of(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof RuleViolationException rule) {
            return new CommandRefusal(Kind.RULE_VIOLATION, message, rule.rule(), null, null, 0);
        }
        if (failure instanceof FieldValidationException fields) {
            return new CommandRefusal(Kind.INVALID_FIELDS, message, null, fields.errors(), null, 0);
        }
        if (failure instanceof NotAssignedAgentException notAssigned) {
            return new CommandRefusal(Kind.NOT_ASSIGNED, message, null, null, notAssigned.chatRoomId(),
                    notAssigned.agentId());
        }
        if (failure instanceof GuestSessionExpiredException expired) {
            return new CommandRefusal(Kind.GUEST_SESSION_EXPIRED, message, null, null, expired.sessionId(), 0);
        }
        if (failure instanceof AggregateNotFoundException notFound) {
            return new CommandRefusal(Kind.NOT_FOUND, message, null, null,
                    String.valueOf(notFound.getAggregateIdentifier()), 0);
        }
        if (failure instanceof ConcurrencyException) {
            return new CommandRefusal(Kind.CONFLICT, message, null, null, null, 0);
        }
        if (DatabaseUnavailable.causedBy(failure)) {
            return new CommandRefusal(Kind.DATABASE_DOWN, message, null, null, null, 0);
        }
        return null;
    }

    private RuntimeException exception() {
        return switch (kind) {
            case RULE_VIOLATION -> new RuleViolationException(rule, message);
            case INVALID_FIELDS -> new FieldValidationException(errors);
            case NOT_ASSIGNED -> new NotAssignedAgentException(id, agentId);
            case GUEST_SESSION_EXPIRED -> new GuestSessionExpiredException(id);
            case NOT_FOUND -> new AggregateNotFoundException(id, message);
            case CONFLICT -> new ConcurrencyException(message);
            case DATABASE_DOWN -> new DataAccessResourceFailureException(message);
        };
    }
}
