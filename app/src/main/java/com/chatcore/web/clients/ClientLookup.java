package com.chatcore.web.clients;

import com.chatcore.api.crm.CrmClientView;
import com.chatcore.api.crm.FindCrmClientQuery;
import com.chatcore.api.crm.FindWhatsAppConversationQuery;
import com.chatcore.api.crm.WhatsAppConversationView;
import com.chatcore.web.error.ReadModelLagException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seed 004's lookup, in its two steps: the conversation by chat id, then its client. It runs on threads of its
 * own so that the request waits no longer than {@code chat.clients.lookup-timeout}: the query bus answers on
 * the calling thread, which no timeout could interrupt. An answer that comes at or after the budget is late
 * too, so a budget of zero always answers 408.
 */
@Component
class ClientLookup implements DisposableBean {

    private static final int THREADS = 8;
    private static final int QUEUED = 64;

    private final QueryGateway queries;
    private final long budgetNanos;
    private final ThreadPoolExecutor executor;

    ClientLookup(QueryGateway queries, ClientsProperties properties) {
        this.queries = queries;
        this.budgetNanos = properties.lookupTimeout().toNanos();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED), runnable -> {
                    Thread thread = new Thread(runnable, "client-lookup-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    CrmClientView clientOf(String chatId) {
        long started = System.nanoTime();
        Future<CrmClientView> lookup;
        try {
            lookup = executor.submit(() -> twoSteps(chatId));
        } catch (RejectedExecutionException busy) {
            throw new ReadModelLagException("client lookup queue full");
        }
        try {
            CrmClientView client = lookup.get(budgetNanos, TimeUnit.NANOSECONDS);
            if (System.nanoTime() - started >= budgetNanos) {
                throw timedOut();
            }
            return client;
        } catch (TimeoutException late) {
            lookup.cancel(true);
            throw timedOut();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            lookup.cancel(true);
            throw timedOut();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        }
    }

    private CrmClientView twoSteps(String chatId) {
        WhatsAppConversationView conversation = queries.query(new FindWhatsAppConversationQuery(chatId),
                        ResponseTypes.optionalInstanceOf(WhatsAppConversationView.class)).join()
                .orElseThrow(() -> new ClientRefusal(HttpStatus.NOT_FOUND, ClientRefusal.CONVERSATION_NOT_FOUND));
        return queries.query(new FindCrmClientQuery(conversation.clientId()),
                        ResponseTypes.optionalInstanceOf(CrmClientView.class)).join()
                .orElseThrow(ClientRefusal::clientNotFound);
    }

    private static ClientRefusal timedOut() {
        return new ClientRefusal(HttpStatus.REQUEST_TIMEOUT, ClientRefusal.TIMEOUT);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
