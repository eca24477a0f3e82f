package com.chatcore.web.socketio;

import com.chatcore.config.AllowedOrigins;
import io.socket.engineio.server.EngineIoServer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engine.IO's HTTP side: polling requests go to the engine, WebSocket upgrades to an {@link EngineWebSocket}. */
class SocketIoServlet extends HttpServlet {

    private final transient EngineIoServer engine;
    private final transient AllowedOrigins origins;

    SocketIoServlet(EngineIoServer engine, AllowedOrigins origins) {
        this.engine = engine;
        this.origins = origins;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!origins.allows(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            upgrade(request, response);
        } else if (BufferedHandshake.is(request)) {
            BufferedHandshake.handle(engine, request, response);
        } else {
            engine.handleRequest(request, response);
        }
    }

    private void upgrade(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        String query = request.getQueryString();
        ServerContainer container = (ServerContainer) request.getServletContext()
                .getAttribute(ServerContainer.class.getName());
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(EngineWebSocket.Endpoint.class,
                SocketIoConfig.PATH).configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new EngineWebSocket.Endpoint(engine, query, headers));
                    }
                }).build();
        try {
            container.upgradeHttpToWebSocket(request, response, config, Map.of());
        } catch (DeploymentException e) {
            throw new ServletException(e);
        }
    }
}
