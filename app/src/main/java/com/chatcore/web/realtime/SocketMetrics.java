package com.chatcore.web.realtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code chat_sockets_open}: real-time sockets open on this node (guests', agents', accounts'). */
@Component
class SocketMetrics implements MeterBinder {

    private final RealtimeHub hub;

    SocketMetrics(RealtimeHub hub) {
        this.hub = hub;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("chat.sockets.open", hub, open -> open.subscribers().size())
                .description("Real-time sockets open on this node").register(registry);
    }
}
