package com.chatcore.web.realtime;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByUserIdQuery;
import com.chatcore.api.user.Role;
import com.chatcore.config.AllowedOrigins;
import com.chatcore.security.AccessTokens;
import com.chatcore.security.Caller;
import com.chatcore.web.error.ApiErrors;
import com.chatcore.web.error.FilterResponses;
import com.chatcore.web.livechat.GuestRooms;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upgrades {@code /ws/guest_chat_<guest key>/} and {@code /ws/my_chats/?token=<jwt>} to plain WebSockets,
 * refusing with 404 (unknown key; a room id is no key), 401 (bad token) or 403 (not an agent, or a
 * browser page of an origin that is not allowed: the same list as CORS) before the upgrade.
 */
@Component
class RealtimeHandshake extends OncePerRequestFilter {

    private static final Pattern GUEST = Pattern.compile("/ws/guest_chat_([^/]+)/?");
    private static final Pattern AGENT = Pattern.compile("/ws/my_chats/?");
    private static final Pattern SUPPORT_USER = Pattern.compile("/ws/my_support/?");

    private final AccessTokens tokens;
    private final QueryGateway queries;
    private final GuestRooms guestRooms;
    private final RealtimeHub hub;
    private final EventFeed feed;
    private final JsonMapper json;
    private final AllowedOrigins origins;

    RealtimeHandshake(AccessTokens tokens, QueryGateway queries, GuestRooms guestRooms, RealtimeHub hub,
            EventFeed feed, JsonMapper json, AllowedOrigins origins) {
        this.tokens = tokens;
        this.queries = queries;
        this.guestRooms = guestRooms;
        this.hub = hub;
        this.feed = feed;
        this.json = json;
        this.origins = origins;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith("/ws/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!origins.allows(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Origen no permitido.");
            return;
        }
        String path = path(request);
        Matcher guest = GUEST.matcher(path);
        Optional<Audience> audience;
        SocketOwner owner = null;
        if (guest.matches()) {
            audience = guestOf(guest.group(1));
            if (audience.isEmpty()) {
                refuse(response, HttpServletResponse.SC_NOT_FOUND, "No encontrado.");
                return;
            }
        } else if (SUPPORT_USER.matcher(path).matches()) {
            Optional<Caller> caller = tokens.callerOf(request.getParameter("token"));
            if (caller.isEmpty()) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Token inválido.");
                return;
            }
            owner = new SocketOwner(caller.get());
            audience = Optional.of(Audience.supportUser(caller.get().userId()));
        } else if (AGENT.matcher(path).matches()) {
            Optional<Caller> caller = tokens.callerOf(request.getParameter("token"));
            if (caller.isEmpty()) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Token inválido.");
                return;
            }
            owner = new SocketOwner(caller.get());
            audience = agentOf(caller.get());
            if (audience.isEmpty()) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "Usted no tiene permiso para realizar esta acción.");
                return;
            }
        } else {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "No encontrado.");
            return;
        }
        Long lastEventId;
        try {
            String given = request.getParameter("last_event_id");
            lastEventId = given == null || given.isBlank() ? null : Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "last_event_id must be an integer.");
            return;
        }
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            refuse(response, 426, "WebSocket upgrade required.");
            return;
        }
        upgrade(request, response, path, audience.get(), owner, lastEventId);
    }

    private void upgrade(HttpServletRequest request, HttpServletResponse response, String path, Audience audience,
            SocketOwner owner, Long lastEventId) throws ServletException, IOException {
        ServerContainer container = (ServerContainer) request.getServletContext()
                .getAttribute(ServerContainer.class.getName());
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(RealtimeEndpoint.class, path)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new RealtimeEndpoint(hub, feed, json, audience, owner, lastEventId));
                    }
                }).build();
        try {
            container.upgradeHttpToWebSocket(request, response, config, Map.of());
        } catch (DeploymentException e) {
            throw new ServletException(e);
        }
    }

    private Optional<Audience> guestOf(String key) {
        return guestRooms.find(key).map(guest -> Audience.guest(guest.room().id()));
    }

    private Optional<Audience> agentOf(Caller caller) {
        if (caller.is(Role.SUPERUSER)) {
            return Optional.of(Audience.superuserWatch());
        }
        if (!caller.is(Role.AGENT)) {
            return Optional.empty();
        }
        return queries.query(new FindAgentByUserIdQuery(caller.userId()),
                ResponseTypes.optionalInstanceOf(AgentView.class)).join().map(agent -> Audience.agent(agent.id()));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        FilterResponses.write(response, json, status, ApiErrors.detail(detail));
    }
}
