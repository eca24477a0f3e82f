package com.chatcore.web.socketio;

import org.json.JSONArray;
import org.json.JSONObject;
import tools.jackson.databind.json.JsonMapper;

/** Our records as the org.json values the library encodes. */
final class SocketJson {

    private final JsonMapper json;

    SocketJson(JsonMapper json) {
        this.json = json;
    }

    Object of(Object payload) {
        if (payload == null) {
            return JSONObject.NULL;
        }
        String text = json.writeValueAsString(payload);
        if (text.startsWith("{")) {
            return new JSONObject(text);
        }
        if (text.startsWith("[")) {
            return new JSONArray(text);
        }
        return new JSONArray("[" + text + "]").get(0);
    }

    /** A push's payload, with the event that caused it when it is an object (every push of seeds 001 and 002). */
    Object push(Object payload, long eventId) {
        Object body = of(payload);
        if (body instanceof JSONObject object) {
            object.put("event_id", eventId);
        }
        return body;
    }
}
