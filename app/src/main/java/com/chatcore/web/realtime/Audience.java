package com.chatcore.web.realtime;

/**
 * Who is on the other end of a socket: the guest of one chat room, an agent, or a superuser (who
 * watches every agent-side frame).
 */
record Audience(String chatRoomId, Long agentId, boolean superuser) {

    static Audience guest(String chatRoomId) {
        return new Audience(chatRoomId, null, false);
    }

    static Audience agent(long agentId) {
        return new Audience(null, agentId, false);
    }

    static Audience superuserWatch() {
        return new Audience(null, null, true);
    }

    boolean isGuest() {
        return chatRoomId != null;
    }

    boolean receives(Frame frame) {
        Frame.Target target = frame.target();
        if (target instanceof Frame.Guest guest) {
            return guest.chatRoomId().equals(chatRoomId);
        }
        if (isGuest()) {
            return false;
        }
        if (target instanceof Frame.Agent agent) {
            return superuser || Long.valueOf(agent.agentId()).equals(agentId);
        }
        if (target instanceof Frame.AgentsExcept except) {
            return superuser || !Long.valueOf(except.agentId()).equals(agentId);
        }
        return true;
    }
}
