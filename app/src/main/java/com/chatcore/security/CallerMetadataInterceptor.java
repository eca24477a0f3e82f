package com.chatcore.security;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Stamps every dispatched command with the caller and the request's correlation id, so adapters
 * cannot forget it. Commands sent outside a request (start-up tasks) are stamped as the system.
 */
@Component
class CallerMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    CallerMetadataInterceptor(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> caller = new HashMap<>();
            if (!command.getMetaData().containsKey(CallerMetadata.CALLER_ID)) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof Caller who) {
                    caller.put(CallerMetadata.CALLER_ID, String.valueOf(who.userId()));
                    caller.put(CallerMetadata.CALLER_ROLE, who.role().name());
                } else {
                    caller.put(CallerMetadata.CALLER_ID, currentRequest() != null ? "anonymous" : CallerMetadata.SYSTEM);
                    caller.put(CallerMetadata.CALLER_ROLE, "NONE");
                }
            }
            if (!command.getMetaData().containsKey(CallerMetadata.CORRELATION_ID)) {
                RequestAttributes request = currentRequest();
                Object correlationId = request == null ? null
                        : request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                caller.put(CallerMetadata.CORRELATION_ID,
                        correlationId != null ? correlationId.toString() : UUID.randomUUID().toString());
            }
            return caller.isEmpty() ? command : command.andMetaData(MetaData.from(caller));
        };
    }

    private static RequestAttributes currentRequest() {
        return RequestContextHolder.getRequestAttributes();
    }
}
