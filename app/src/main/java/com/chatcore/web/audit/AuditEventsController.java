package com.chatcore.web.audit;

import com.chatcore.api.audit.AuditEventPage;
import com.chatcore.api.audit.AuditEventView;
import com.chatcore.api.audit.AuditSubject;
import com.chatcore.api.audit.FindAuditEventsQuery;
import com.chatcore.api.audit.StreamAuditEventsQuery;
import com.chatcore.web.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;

/**
 * Issue 13: an event stream's full history, straight from the event store, in stream order (AUDITOR,
 * SUPERUSER). Paged JSON by default; {@code Accept: application/x-ndjson} streams every event, one JSON object
 * a line, through a database cursor, so no history is ever held in memory whatever its length.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'SUPERUSER')")
class AuditEventsController {

    static final String NDJSON = "application/x-ndjson";
    /** Events the streaming query reads ahead of the writer, at most. */
    private static final int PREFETCH = 256;

    private final QueryGateway queries;
    private final JsonMapper json;

    AuditEventsController(QueryGateway queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/conversations/{id}/events")
    @Operation(summary = "A conversation's events (seed 003 room id, seed 002 chat id or seed 000 CRM chat id),"
            + " oldest first; paged, or all of it as NDJSON (AUDITOR, SUPERUSER)")
    @ApiResponse(responseCode = "200", description = "A page of events, or every event as NDJSON", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuditEventPageJson.class)),
            @Content(mediaType = NDJSON, schema = @Schema(implementation = AuditEventJson.class))})
    ResponseEntity<StreamingResponseBody> conversation(HttpServletResponse response, @PathVariable String id,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @RequestHeader(name = "Accept", required = false) String accept) throws IOException {
        return events(response, AuditSubject.CONVERSATION, id, page, pageSize, accept);
    }

    @GetMapping("/agents/{id}/events")
    @Operation(summary = "An agent's events (its profile, settings, notifications read), oldest first; paged,"
            + " or all of it as NDJSON (AUDITOR, SUPERUSER)")
    @ApiResponse(responseCode = "200", description = "A page of events, or every event as NDJSON", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuditEventPageJson.class)),
            @Content(mediaType = NDJSON, schema = @Schema(implementation = AuditEventJson.class))})
    ResponseEntity<StreamingResponseBody> agent(HttpServletResponse response, @PathVariable String id,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @RequestHeader(name = "Accept", required = false) String accept) throws IOException {
        return events(response, AuditSubject.AGENT, id, page, pageSize, accept);
    }

    @GetMapping("/users/{id}/events")
    @Operation(summary = "An account's events (registration, profile, password change, deactivation; never a"
            + " password hash), oldest first; paged, or all of it as NDJSON (AUDITOR, SUPERUSER)")
    @ApiResponse(responseCode = "200", description = "A page of events, or every event as NDJSON", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuditEventPageJson.class)),
            @Content(mediaType = NDJSON, schema = @Schema(implementation = AuditEventJson.class))})
    ResponseEntity<StreamingResponseBody> user(HttpServletResponse response, @PathVariable String id,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @RequestHeader(name = "Accept", required = false) String accept) throws IOException {
        return events(response, AuditSubject.USER, id, page, pageSize, accept);
    }

    /** Null once the page is written: the request is answered. */
    private ResponseEntity<StreamingResponseBody> events(HttpServletResponse response, AuditSubject subject,
            String id, String page, String pageSize, String accept) throws IOException {
        AuditPaging paging = AuditPaging.of(page, pageSize);
        boolean streamed = wantsNdjson(accept);
        AuditEventPage first = queries.query(new FindAuditEventsQuery(subject, id, streamed ? 1 : paging.page(),
                        streamed ? 1 : paging.pageSize()), ResponseTypes.optionalInstanceOf(AuditEventPage.class))
                .join().orElseThrow(NotFoundException::new);
        if (!streamed) {
            // Written on the request's own thread: an asynchronous answer costs a hand-off to another thread and
            // a second dispatch, with both threads touching the response's headers. A page is small.
            byte[] body = json.writeValueAsBytes(AuditEventPageJson.of(first, paging));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return null;
        }
        StreamAuditEventsQuery query = new StreamAuditEventsQuery(subject, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(out -> write(query, out));
    }

    private void write(StreamAuditEventsQuery query, OutputStream out) throws IOException {
        try (Stream<AuditEventView> events = Flux.from(queries.streamingQuery(query, AuditEventView.class))
                .toStream(PREFETCH)) {
            for (AuditEventView event : (Iterable<AuditEventView>) events::iterator) {
                out.write(json.writeValueAsBytes(AuditEventJson.of(event)));
                out.write('\n');
            }
        }
    }

    /** NDJSON only when asked for by name: a browser's or a client's {@code *}/{@code *} gets the JSON page. */
    private static boolean wantsNdjson(String accept) {
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && NDJSON.equalsIgnoreCase(type.getType() + "/" + type.getSubtype()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
