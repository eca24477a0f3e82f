package com.chatcore.web.realtime;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A resumed socket's frames: each once, whether the catch-up or the live feed brings it first. */
class SubscriberTest {

    private final List<String> written = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Subscriber subscriber = new Subscriber(session(), Audience.guest("room"), null, json);

    @Test
    void aFrameTheCatchUpDeliveredIsNotSentAgainWhenTheLiveFeedPublishesItAfterTheCatchUpEnded() {
        subscriber.beginCatchUp(10);
        subscriber.caughtUp(frame(11));
        subscriber.caughtUp(frame(12));
        subscriber.endCatchUp();
        subscriber.live(frame(12), text(frame(12)));
        subscriber.live(frame(13), text(frame(13)));

        assertThat(written).containsExactly(text(frame(11)), text(frame(12)), text(frame(13)));
    }

    @Test
    void aLateGapFillTheCatchUpAlreadyDeliveredIsNotSentAgain() {
        subscriber.beginCatchUp(10);
        subscriber.caughtUp(frame(11));
        subscriber.live(frame(13), text(frame(13)));
        subscriber.endCatchUp();
        subscriber.live(frame(11), text(frame(11)));

        assertThat(written).containsExactly(text(frame(11)), text(frame(13)));
    }

    @Test
    void liveFramesBufferedDuringTheCatchUpFollowItOnceEach() {
        subscriber.beginCatchUp(10);
        subscriber.live(frame(11), text(frame(11)));
        subscriber.live(frame(12), text(frame(12)));
        subscriber.caughtUp(frame(11));
        subscriber.endCatchUp();
        subscriber.live(frame(13), text(frame(13)));

        assertThat(written).containsExactly(text(frame(11)), text(frame(12)), text(frame(13)));
    }

    @Test
    void framesAtOrBeforeTheResumePointAreNotSent() {
        subscriber.beginCatchUp(10);
        subscriber.endCatchUp();
        subscriber.live(frame(9), text(frame(9)));
        subscriber.live(frame(10), text(frame(10)));
        subscriber.live(frame(11), text(frame(11)));

        assertThat(written).containsExactly(text(frame(11)));
    }

    private static Frame frame(long eventId) {
        return new Frame(eventId, new Frame.Guest("room"),
                Map.of("type", "message", "event_id", eventId, "message", "m" + eventId));
    }

    private String text(Frame frame) {
        return json.writeValueAsString(frame.body());
    }

    /** A session that is open and writes every frame at once, recording it. */
    private Session session() {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        written.add((String) args[0]);
                        ((SendHandler) args[1]).onResult(new SendResult());
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> remote;
                    case "isOpen" -> true;
                    case "getId" -> "test";
                    default -> null;
                });
    }
}
