package com.chatcore.security;

import com.chatcore.security.MatrixIdentities.Target;
import com.chatcore.security.MatrixIdentities.Who;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls one row's route as every identity, on each of its objects, and lists what answered otherwise. */
final class MatrixRun {

    private final ApiClient api;
    private final MatrixIdentities identities;
    private final MatrixRow row;

    MatrixRun(ApiClient api, MatrixIdentities identities, MatrixRow row) {
        this.api = api;
        this.identities = identities;
        this.row = row;
    }

    List<String> mismatches() {
        List<String> mismatches = new ArrayList<>();
        for (Target target : targets()) {
            Integer anonymous = null;
            for (Who who : callers(target)) {
                boolean owns = target != null && target.owner() == who;
                ApiClient.Response response = call(who, target);
                anonymous = anonymous == null ? response.status() : anonymous;
                // Credential routes answer bad credentials with 400 or 401 themselves: whatever the header,
                // the answer must be the one a caller without it gets.
                int expected = row.access() == MatrixRow.Access.CREDENTIALS ? anonymous : row.expected(who, owns);
                if (!answersAs(expected, response.status())) {
                    mismatches.add(row.operation() + " as " + who + (target == null || target.owner() == null ? ""
                            : " on " + target.owner() + "'s object") + ": expected "
                            + (expected == MatrixRow.ALLOWED ? "allowed" : expected) + ", got " + response);
                }
            }
        }
        return mismatches;
    }

    private static boolean answersAs(int expected, int status) {
        if (expected == MatrixRow.ALLOWED) {
            return status != 401 && status != 403 && status < 500;
        }
        return status == expected;
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        switch (row.target()) {
            case NONE -> targets.add(null);
            case SPARE_AGENT -> targets.add(identities.spareAgent());
            case GUEST_CHAT -> targets.add(identities.heldChat(Who.AGENT_A1));
            case AGENT -> {
                targets.add(identities.agentTarget(Who.AGENT_A1));
                targets.add(identities.agentTarget(Who.AGENT_A2));
            }
            case CHAT, MESSAGE -> {
                targets.add(identities.heldChat(Who.AGENT_A1));
                targets.add(identities.heldChat(Who.AGENT_A2));
            }
            case DIRECT_CHAT -> targets.add(identities.directChat());
        }
        return targets;
    }

    /** Those who may not act first, so a change by one who may cannot hide a refusal. */
    private static List<Who> callers(Target target) {
        Who owner = target == null || target.owner() == null ? Who.AGENT_A1 : target.owner();
        Who other = owner == Who.AGENT_A1 ? Who.AGENT_A2 : Who.AGENT_A1;
        return List.of(Who.ANONYMOUS, Who.BAD_TOKEN, Who.DEACTIVATED, Who.LOGGED_OUT, Who.USER, other, owner,
                Who.SUPERUSER);
    }

    private ApiClient.Response call(Who who, Target target) {
        String path = row.path();
        if (path.contains("{id}")) {
            path = path.replace("{id}", switch (row.target()) {
                case NONE -> "0";
                case CHAT, DIRECT_CHAT -> target.roomId();
                case MESSAGE -> target.messageId();
                default -> Long.toString(target.agentId());
            });
        }
        path = path.replace("{status}", "pending");
        path = path.replace("{name}", "no-such-projection").replace("{group}", "no-such-group");
        if (path.contains("{userId}")) {
            path = path.replace("{userId}", Long.toString(target.userId()));
        }
        String chatRoomId = chatRoomId(target);
        if (row.method().equals("GET") && chatRoomId != null) {
            path += "?chat_room_id=" + chatRoomId;
        }
        String authorization = row.path().equals("/api/auth/logout") ? identities.freshAuthorization(who)
                : identities.authorization(who);
        HttpRequest.Builder request = api.request(path, null);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (row.method().equals("GET") || row.method().equals("DELETE")) {
            return api.send(request.method(row.method(), HttpRequest.BodyPublishers.noBody()));
        }
        return api.send(request.header("Content-Type", "application/json")
                .method(row.method(), HttpRequest.BodyPublishers.ofString(ApiClient.json(body(target)))));
    }

    private String chatRoomId(Target target) {
        if (target == null || row.target() == MatrixRow.Target.DIRECT_CHAT) {
            return null;
        }
        return row.target() == MatrixRow.Target.GUEST_CHAT ? target.guestKey() : target.roomId();
    }

    /** Every field any route reads, with values that pass its checks where they can. */
    private Map<String, Object> body(Target target) {
        Map<String, Object> body = new HashMap<>();
        body.put("content", "Hola");
        body.put("priority", "high");
        body.put("is_available", true);
        body.put("department", "Ventas");
        body.put("session_id", UUID.randomUUID().toString());
        body.put("refresh", "not-a-token");
        body.put("notification_ids", List.of());
        body.put("username", IntegrationTest.unique("nobody"));
        body.put("password", "wrong-password-1");
        Who owner = target == null || target.owner() == null ? Who.AGENT_A1 : target.owner();
        body.put("agent_id", identities.agentId(owner == Who.AGENT_A1 ? Who.AGENT_A2 : Who.AGENT_A1));
        String chatRoomId = chatRoomId(target);
        if (chatRoomId != null) {
            body.put("chat_room_id", chatRoomId);
        }
        if (target != null && target.messageId() != null) {
            body.put("message_ids", List.of(target.messageId()));
        }
        return body;
    }
}
