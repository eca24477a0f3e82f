package com.chatcore.web.realtime;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sockets open on this node. */
@Component
class RealtimeHub {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final JsonMapper json;

    RealtimeHub(JsonMapper json) {
        this.json = json;
    }

    void add(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    void remove(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    List<Subscriber> subscribers() {
        return List.copyOf(subscribers);
    }

    /** Closes, with 4401, every socket this account opened. */
    void closeSocketsOf(long userId) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.owner() != null && subscriber.owner().userId() == userId) {
                subscriber.closeUnauthorized();
            }
        }
    }

    void closeAllGoingAway() {
        subscribers.forEach(Subscriber::closeGoingAway);
    }

    boolean hasSubscribers() {
        return !subscribers.isEmpty();
    }

    /** The agents with a socket open on this node. */
    Set<Long> listeningAgents() {
        Set<Long> agents = new HashSet<>();
        for (Subscriber subscriber : subscribers) {
            if (subscriber.audience().agentId() != null) {
                agents.add(subscriber.audience().agentId());
            }
        }
        return agents;
    }

    void publish(List<Frame> frames) {
        for (Frame frame : frames) {
            String text = null;
            for (Subscriber subscriber : subscribers) {
                if (subscriber.audience().receives(frame)) {
                    if (text == null) {
                        text = json.writeValueAsString(frame.body());
                    }
                    subscriber.live(frame, text);
                }
            }
        }
    }
}
