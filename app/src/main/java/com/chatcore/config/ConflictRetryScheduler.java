package com.chatcore.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;

/**
 * Sends a command again, at once, when it lost an optimistic-concurrency race: another node appended
 * to the aggregate since this node cached it. The failed attempt wrote nothing and evicted the stale
 * aggregate, so the retry decides on the current state. Every other failure is the caller's answer.
 */
final class ConflictRetryScheduler implements RetryScheduler {

    static final int MAX_RETRIES = 3;

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!isConflict(lastFailure) || failures.size() > MAX_RETRIES) {
            return false;
        }
        commandDispatch.run();
        return true;
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
