package com.chatcore.web.consistency;

import com.chatcore.config.ChatProperties;
import com.chatcore.web.error.ReadModelLagException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Sends a command and answers with the read model once it shows the write. The subscription query is
 * opened before the command, so no projection update can slip past; there is no sleeping or polling.
 * Query handlers answer {@code Optional<V>} and projections emit {@code V} updates.
 */
@Component
public class ReadYourWrites {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Duration timeout;

    ReadYourWrites(CommandGateway commands, QueryGateway queries, ChatProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.timeout = properties.readYourWritesTimeout();
    }

    /**
     * @param ready true for the first view that reflects this command (for example, the new values)
     * @return the view that satisfied {@code ready}
     * @throws ReadModelLagException when the read model did not catch up in time (the write stands)
     */
    public <V> V send(Object command, Object query, Class<V> viewType, Predicate<V> ready) {
        return waitFor(query, viewType, ready, () -> commands.sendAndWait(command));
    }

    /**
     * Waits until another read model shows a write that {@link #send} already made, for commands
     * whose events feed more than one processing group.
     */
    public <V> V await(Object query, Class<V> viewType, Predicate<V> ready) {
        return waitFor(query, viewType, ready, () -> { });
    }

    private <V> V waitFor(Object query, Class<V> viewType, Predicate<V> ready, Runnable write) {
        try (SubscriptionQueryResult<Optional<V>, V> result = queries.subscriptionQuery(query,
                ResponseTypes.optionalInstanceOf(viewType), ResponseTypes.instanceOf(viewType))) {
            write.run();
            V view = Flux.concat(result.initialResult().flatMap(Mono::justOrEmpty), result.updates())
                    .filter(ready)
                    .blockFirst(timeout);
            if (view == null) {
                throw new ReadModelLagException(query.toString());
            }
            return view;
        } catch (IllegalStateException timeoutOrClosed) {
            if (timeoutOrClosed.getMessage() != null && timeoutOrClosed.getMessage().startsWith("Timeout")) {
                throw new ReadModelLagException(query.toString());
            }
            throw timeoutOrClosed;
        }
    }
}
