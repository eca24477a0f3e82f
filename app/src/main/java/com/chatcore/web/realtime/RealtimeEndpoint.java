package com.chatcore.web.realtime;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** One socket's life: registered with the hub on open, answering heartbeats and resume requests. */
class RealtimeEndpoint extends Endpoint {

    private final RealtimeHub hub;
    private final EventFeed feed;
    private final JsonMapper json;
    private final Audience audience;
    private final SocketOwner owner;
    private final Long lastEventId;
    private Subscriber subscriber;

    RealtimeEndpoint(RealtimeHub hub, EventFeed feed, JsonMapper json, Audience audience, SocketOwner owner,
            Long lastEventId) {
        this.hub = hub;
        this.feed = feed;
        this.json = json;
        this.audience = audience;
        this.owner = owner;
        this.lastEventId = lastEventId;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        subscriber = new Subscriber(session, audience, owner, json);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
        if (lastEventId != null) {
            resume(lastEventId);
        } else {
            hub.add(subscriber);
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        hub.remove(subscriber);
    }

    @Override
    public void onError(Session session, Throwable failure) {
        hub.remove(subscriber);
    }

    private void resume(long from) {
        if (subscriber.beginCatchUp(from)) {
            hub.add(subscriber);
            feed.catchUp(subscriber, from);
        } else {
            subscriber.reply(error("resume is only accepted as the first frame"));
        }
    }

    private void onText(String text) {
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JacksonException e) {
            subscriber.reply(error("invalid JSON"));
            return;
        }
        String type = frame != null && frame.isObject() && frame.path("type").isString()
                ? frame.path("type").asString() : null;
        if ("heartbeat".equals(type)) {
            subscriber.reply(Map.of("type", "pong"));
        } else if ("resume".equals(type) && frame.path("last_event_id").canConvertToLong()
                && frame.path("last_event_id").isIntegralNumber()) {
            resume(frame.path("last_event_id").asLong());
        } else {
            subscriber.reply(error(type == null ? "missing frame type" : "unsupported frame type: " + type));
        }
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "error");
        body.put("message", message);
        return body;
    }
}
