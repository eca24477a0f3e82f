package com.chatcore.web.realtime;

/**
 * Who is on the other end of a socket: the guest of one chat room, an agent, or a superuser (who
 * watches every agent-side frame except agents' own notifications).
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
        if (target instanceof Frame.Personal personal) {
            return is(personal.agentId());
        }
        if (superuser) {
            return true;
        }
        if (target instanceof Frame.Agent agent) {
            return is(agent.agentId());
        }
        if (target instanceof Frame.Agents agents) {
            return agentId != null && agents.agentIds().contains(agentId);
        }
        return target instanceof Frame.AgentsExcept except && !is(except.agentId());
    }

    private boolean is(long agent) {
        return agentId != null && agentId == agent;
    }
}
