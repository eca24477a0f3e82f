package com.chatcore.web.socketio;

import com.chatcore.config.AllowedOrigins;
import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoServerOptions;
import io.socket.socketio.server.SocketIoServer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Socket.IO (Engine.IO v4, what socket.io-client 4.x speaks) on the REST port under {@code /socket.io/}: long
 * polling through the servlet, WebSocket through Tomcat's JSR-356 container. CORS is Spring's, as for REST
 * ({@code chat.cors.allowed-origins}), so the engine's own CORS handling is off.
 */
@Configuration(proxyBeanMethods = false)
class SocketIoConfig {

    static final String PATH = "/socket.io/";

    @Bean(destroyMethod = "shutdown")
    EngineIoServer engineIoServer() {
        EngineIoServerOptions options = EngineIoServerOptions.newFromDefault();
        options.setCorsHandlingDisabled(true);
        // Only handshakes run synchronously (BufferedHandshake); every other polling request is asynchronous.
        options.setAllowSyncPolling(true);
        return new EngineIoServer(options);
    }

    @Bean
    SocketIoServer socketIoServer(EngineIoServer engine) {
        return new SocketIoServer(engine);
    }

    @Bean
    ServletRegistrationBean<SocketIoServlet> socketIoServlet(EngineIoServer engine, AllowedOrigins origins) {
        ServletRegistrationBean<SocketIoServlet> registration = new ServletRegistrationBean<>(
                new SocketIoServlet(engine, origins), PATH + "*");
        registration.setAsyncSupported(true);
        registration.setName("socketIo");
        return registration;
    }
}
