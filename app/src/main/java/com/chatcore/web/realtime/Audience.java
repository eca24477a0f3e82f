package com.chatcore.web.realtime;

/**
 * Who is on the other end of a socket: the guest of one chat room, an agent, a superuser (who
 * watches every agent-side frame except agents' own notifications), or an account watching its own
 * support sessions (seed 001).
 */
record Audience(String chatRoomId, Long agentId, boolean superuser, Long supportUserId) {

    static Audience guest(String chatRoomId) {
        return new Audience(chatRoomId, null, false, null);
    }

    static Audience agent(long agentId) {
        return new Audience(null, agentId, false, null);
    }

    static Audience superuserWatch() {
        return new Audience(null, null, true, null);
    }

    static Audience supportUser(long userId) {
        return new Audience(null, null, false, userId);
    }

    boolean isGuest() {
        return chatRoomId != null;
    }

    boolean receives(Frame frame) {
        Frame.Target target = frame.target();
        if (target instanceof Frame.SupportUser user) {
            return supportUserId != null && supportUserId == user.userId();
        }
        if (supportUserId != null) {
            return false;
        }
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
