package com.chatcore.security;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static com.chatcore.security.MatrixRow.Access.AGENT_ONLY;
import static com.chatcore.security.MatrixRow.Access.AUTHENTICATED;
import static com.chatcore.security.MatrixRow.Access.CREDENTIALS;
import static com.chatcore.security.MatrixRow.Access.GUEST;
import static com.chatcore.security.MatrixRow.Access.STAFF;
import static com.chatcore.security.MatrixRow.Access.SUPERUSER_ONLY;
import static com.chatcore.security.MatrixRow.Target.AGENT;
import static com.chatcore.security.MatrixRow.Target.CHAT;
import static com.chatcore.security.MatrixRow.Target.DIRECT_CHAT;
import static com.chatcore.security.MatrixRow.Target.GUEST_CHAT;
import static com.chatcore.security.MatrixRow.Target.MESSAGE;
import static com.chatcore.security.MatrixRow.Target.NONE;
import static com.chatcore.security.MatrixRow.Target.SPARE_AGENT;
import static com.chatcore.security.MatrixRow.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's authorization matrix, generated from the live OpenAPI document: every operation x every
 * identity x (where the route acts on an object) a chat, message or agent of A1 and one of A2. The
 * table below says who may call each route; a route the document lists and the table does not (or the
 * other way round) fails the test, so a new route must be classified here. "Allowed" means the call got
 * past authentication and authorization (anything but 401, 403 and 5xx: a 400 or 404 about the body is
 * the route's business); "401" and "403" must be exactly that.
 */
class AuthorizationMatrixIntegrationTest extends IntegrationTest {

    private static final List<MatrixRow> TABLE = List.of(
            row("POST /api/auth/login", CREDENTIALS, NONE, false),
            row("POST /api/auth/register", CREDENTIALS, NONE, false),
            row("POST /api/token", CREDENTIALS, NONE, false),
            row("POST /api/token/refresh", CREDENTIALS, NONE, false),
            row("POST /api/auth/logout", AUTHENTICATED, NONE, false),

            row("POST /api/chat/start_chat", GUEST, NONE, false),
            row("POST /api/chat/validate_session", GUEST, NONE, false),
            row("POST /api/chat/complete_chat", GUEST, NONE, false),
            row("POST /api/chat/send_message", GUEST, GUEST_CHAT, false),
            row("GET /api/chat/get_chat_status", GUEST, GUEST_CHAT, false),
            // Issue 13, CSAT: the chat is still open, so an allowed call answers 400.
            row("POST /api/chat/rate", GUEST, GUEST_CHAT, false),
            row("POST /api/messages/send_guest_message", GUEST, GUEST_CHAT, false),
            row("GET /api/user-notifications/get_notifications", GUEST, GUEST_CHAT, false),
            row("POST /api/user-notifications/mark_read", GUEST, GUEST_CHAT, false),
            // Shared by guests (their key) and agents (their token): among agents, only the chat's holder.
            row("GET /api/messages/by_chat", GUEST, CHAT, true),
            row("GET /api/messages/unread_count", GUEST, CHAT, true),
            row("POST /api/messages/mark_chat_read", GUEST, CHAT, true),

            // Seed 001: any account's own support sessions ({id} "0" is nobody's: 404, past authorization).
            row("GET /api/chat/session/active", AUTHENTICATED, NONE, false),
            row("POST /api/chat/session", AUTHENTICATED, NONE, false),
            row("GET /api/chat/session/{id}/messages", AUTHENTICATED, NONE, false),
            row("PATCH /api/chat/session/{id}/close", AUTHENTICATED, NONE, false),
            row("PATCH /api/chat/session/{id}/mark-read", AUTHENTICATED, NONE, false),
            row("POST /api/chat/message", AUTHENTICATED, NONE, false),
            row("GET /api/chat/sessions", AUTHENTICATED, NONE, false),
            row("GET /api/chat/sessions/all", STAFF, NONE, false),
            row("GET /api/chat/sessions/status/{status}", STAFF, NONE, false),
            row("GET /api/chat/session/{id}/messages/support", STAFF, NONE, false),
            row("POST /api/chat/session/{id}/take", STAFF, NONE, false),
            row("POST /api/chat/session/{id}/release", STAFF, NONE, false),
            row("POST /api/chat/session/{id}/close", STAFF, NONE, false),
            row("POST /api/chat/session/{id}/support-message", STAFF, NONE, false),
            row("PATCH /api/chat/session/{id}/assign", STAFF, NONE, false),
            row("GET /api/chat/stats", STAFF, NONE, false),
            row("POST /api/chat/session/{id}/rate", AUTHENTICATED, NONE, false),

            row("GET /api/agents", STAFF, NONE, false),
            row("POST /api/agents", SUPERUSER_ONLY, NONE, false),
            row("GET /api/agents/{id}", STAFF, AGENT, false),
            // The agent itself or a SUPERUSER.
            row("PATCH /api/agents/{id}", STAFF, AGENT, true),
            row("GET /api/admin-agents", SUPERUSER_ONLY, NONE, false),
            row("POST /api/admin-agents", SUPERUSER_ONLY, NONE, false),
            row("PUT /api/admin-agents/{id}", SUPERUSER_ONLY, SPARE_AGENT, false),
            row("DELETE /api/admin-agents/{id}", SUPERUSER_ONLY, SPARE_AGENT, false),

            row("GET /api/notifications", STAFF, NONE, false),
            row("GET /api/notifications/unread_count", STAFF, NONE, false),
            row("POST /api/notifications/mark_read", STAFF, NONE, false),
            row("POST /api/notifications/mark_all_read", STAFF, NONE, false),

            row("POST /api/messages", AGENT_ONLY, CHAT, true),
            row("GET /api/messages/recent_chats", STAFF, NONE, false),
            row("POST /api/messages/{id}/mark_read", STAFF, MESSAGE, true),
            // Ids in chats of other agents are ignored, not refused.
            row("POST /api/messages/mark_bulk_read", STAFF, MESSAGE, false),

            row("GET /api/chat-rooms/filtered_chats", STAFF, NONE, false),
            row("GET /api/chat-rooms/waiting_chats", STAFF, NONE, false),
            // A SUPERUSER holds no chats: an empty page.
            row("GET /api/chat-rooms/my_chats", STAFF, NONE, false),
            row("GET /api/chat-rooms/resolved_closed_chats", STAFF, NONE, false),
            row("GET /api/chat-rooms/all_chats", SUPERUSER_ONLY, NONE, false),
            row("GET /api/chat-rooms/{id}/messages", STAFF, CHAT, true),
            // Only its assigned agent, not even a SUPERUSER.
            row("POST /api/chat-rooms/{id}/send_message", AGENT_ONLY, CHAT, true),
            // Taking a chat another agent holds is a state error (400), not a permission one.
            row("POST /api/chat-rooms/{id}/take_chat", AGENT_ONLY, CHAT, false),
            row("POST /api/chat-rooms/{id}/resolve", STAFF, CHAT, true),
            row("POST /api/chat-rooms/{id}/close", STAFF, CHAT, true),
            row("POST /api/chat-rooms/{id}/transfer_chat", STAFF, CHAT, true),
            row("POST /api/chat-rooms/{id}/assign_agent", SUPERUSER_ONLY, CHAT, false),
            // Its own agent gives it up, or a SUPERUSER takes it away.
            row("POST /api/chat-rooms/{id}/unassign_agent", STAFF, CHAT, true),
            row("POST /api/chat-rooms/{id}/set_priority", STAFF, CHAT, false),

            // Seeds 000 and 004: AGENT or SUPERUSER, no owner; an {id} names no object here.
            row("GET /api/crm/chats", STAFF, NONE, false),
            row("POST /api/crm/chats", STAFF, NONE, false),
            row("PATCH /api/crm/chats", STAFF, NONE, false),
            row("DELETE /api/crm/chats", STAFF, NONE, false),
            row("GET /api/crm/chats/{id}", STAFF, NONE, false),
            row("PATCH /api/crm/chats/{id}", STAFF, NONE, false),
            row("DELETE /api/crm/chats/{id}", STAFF, NONE, false),
            row("GET /api/clients/view", STAFF, NONE, false),
            row("POST /api/clients", STAFF, NONE, false),
            row("POST /api/clients/{id}/conversations", STAFF, NONE, false),
            row("DELETE /api/clients/{id}", STAFF, NONE, false),

            // Issue 13: SUPERUSER only (AGENT and USER 403); an auditor of the matrix would be refused too.
            row("GET /api/auditors", SUPERUSER_ONLY, NONE, false),
            row("POST /api/auditors", SUPERUSER_ONLY, NONE, false),
            row("DELETE /api/auditors/{id}", SUPERUSER_ONLY, NONE, false),
            // Issue 13: AUDITOR and SUPERUSER; AGENT and USER get 403 (AuditEventsIntegrationTest checks an AUDITOR).
            row("GET /api/audit/conversations/{id}/events", SUPERUSER_ONLY, CHAT, false),
            row("GET /api/audit/agents/{id}/events", SUPERUSER_ONLY, AGENT, false),
            row("GET /api/audit/users/{id}/events", SUPERUSER_ONLY, NONE, false),
            row("GET /api/audit/users/{id}/actions", SUPERUSER_ONLY, NONE, false),
            // Issue 13: AUDITOR and SUPERUSER see everyone's figures, an AGENT its own (AnalyticsIntegrationTest).
            row("GET /api/analytics/response-times", STAFF, NONE, false),
            row("GET /api/analytics/summary", STAFF, NONE, false),
            row("GET /api/audit/conversations/{id}/state", SUPERUSER_ONLY, CHAT, false),
            // Issue 13, operating the read models: lists for AUDITOR and SUPERUSER, changes for SUPERUSER only
            // ({name} and {group} name none: 404 once past authorization, so the matrix replays nothing).
            row("GET /api/admin/projections", SUPERUSER_ONLY, NONE, false),
            row("POST /api/admin/projections/{name}/replay", SUPERUSER_ONLY, NONE, false),
            row("GET /api/admin/dead-letters", SUPERUSER_ONLY, NONE, false),
            row("POST /api/admin/dead-letters/{group}/retry", SUPERUSER_ONLY, NONE, false),
            row("DELETE /api/admin/dead-letters/{group}/{id}", SUPERUSER_ONLY, NONE, false),

            // Seed 002: any account; a USER only on the chats they take part in, which the matrix's USER does
            // (user against user: web.directchats' integration tests).
            row("GET /api/chats", AUTHENTICATED, NONE, false),
            row("POST /api/chats", AUTHENTICATED, NONE, false),
            row("GET /api/chats/user/{userId}", AUTHENTICATED, DIRECT_CHAT, false),
            row("GET /api/chats/{id}", AUTHENTICATED, DIRECT_CHAT, false),
            row("PUT /api/chats/{id}", AUTHENTICATED, DIRECT_CHAT, false),
            row("PATCH /api/chats/{id}/last-message", AUTHENTICATED, DIRECT_CHAT, false),
            row("DELETE /api/chats/{id}", AUTHENTICATED, DIRECT_CHAT, false));

    @Test
    void everyOperationOfTheApiDocumentAnswersEachIdentityAsTheTableSays() {
        Map<String, MatrixRow> table = new HashMap<>();
        TABLE.forEach(row -> table.put(row.operation(), row));
        List<String> documented = documentedOperations();
        assertThat(new TreeSet<>(table.keySet())).as("operations in the table but not in /v3/api-docs")
                .isSubsetOf(documented);
        assertThat(documented).as("operations of /v3/api-docs missing from the table: classify them")
                .allMatch(table::containsKey);

        MatrixIdentities identities = new MatrixIdentities(api, accounts);
        List<String> mismatches = new ArrayList<>();
        for (String operation : documented) {
            mismatches.addAll(new MatrixRun(api, identities, table.get(operation)).mismatches());
        }
        assertThat(mismatches).as("calls that did not answer as the table says").isEmpty();
    }

    private List<String> documentedOperations() {
        ApiClient.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        List<String> operations = new ArrayList<>();
        JsonNode paths = docs.json().get("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                operations.add(method.toUpperCase() + " " + path);
            }
        }
        operations.sort(null);
        return operations;
    }
}
