package com.chatcore.web.audit;

import com.chatcore.api.audit.AuditEventPage;
import com.chatcore.api.audit.FindActionsQuery;
import com.chatcore.api.error.FieldValidationException;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Issue 13: what one account did, across every conversation, agent and account, in store order (AUDITOR,
 * SUPERUSER). Guests have no account: their actions are read in their conversation's history.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'SUPERUSER')")
class AuditActionsController {

    private final QueryGateway queries;

    AuditActionsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/users/{id}/actions")
    @Operation(summary = "The events an account caused, oldest first, paged; optional ISO-8601 `from` and `to`"
            + " (inclusive) (AUDITOR, SUPERUSER)")
    AuditEventPageJson actions(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        AuditPaging paging = AuditPaging.of(page, pageSize);
        AuditEventPage events = queries.query(new FindActionsQuery(id, instant("from", from), instant("to", to),
                paging.page(), paging.pageSize()), ResponseTypes.instanceOf(AuditEventPage.class)).join();
        return AuditEventPageJson.of(events, paging);
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw FieldValidationException.of(field,
                    "Fecha/hora con formato erróneo. Use uno de los siguientes formatos en su lugar: ISO-8601.");
        }
    }
}
