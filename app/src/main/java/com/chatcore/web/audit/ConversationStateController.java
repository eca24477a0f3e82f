package com.chatcore.web.audit;

import com.chatcore.api.audit.ConversationStateView;
import com.chatcore.api.audit.FindConversationStateQuery;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;
import com.chatcore.web.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Issue 13's time travel: a conversation as it stood at an instant, rebuilt from its events in the event
 * store (AUDITOR, SUPERUSER).
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'SUPERUSER')")
class ConversationStateController {

    private final QueryGateway queries;

    ConversationStateController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/conversations/{id}/state")
    @Operation(summary = "A conversation (seed 003 room id, seed 002 chat id or seed 000 CRM chat id) as it stood"
            + " at `at`, replayed from its events up to that instant (inclusive); 404 before its first event"
            + " (AUDITOR, SUPERUSER)")
    ConversationStateJson state(@PathVariable String id, @Parameter(description = "an ISO-8601 instant,"
            + " e.g. 2026-11-30T09:00:00.123Z", required = true) @RequestParam(required = false) String at) {
        if (at == null || at.isBlank()) {
            throw FieldValidationException.of("at", DrfMessages.REQUIRED);
        }
        Instant instant = AuditActionsController.instant("at", at);
        ConversationStateView state = queries.query(new FindConversationStateQuery(id, instant),
                ResponseTypes.optionalInstanceOf(ConversationStateView.class)).join()
                .orElseThrow(NotFoundException::new);
        return ConversationStateJson.of(state, instant);
    }
}
