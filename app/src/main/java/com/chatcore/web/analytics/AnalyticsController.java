package com.chatcore.web.analytics;

import com.chatcore.api.analytics.AnalyticsSummaryView;
import com.chatcore.api.analytics.FindAnalyticsSummaryQuery;
import com.chatcore.api.analytics.FindResponseTimesQuery;
import com.chatcore.api.analytics.ResponseTimeGrouping;
import com.chatcore.api.analytics.ResponseTimesView;
import com.chatcore.api.user.Role;
import com.chatcore.security.Caller;
import com.chatcore.web.livechat.CurrentAgent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/**
 * Issue 13, for analysts: response times and seed 001's suggested summary, from the analytics read model, as JSON
 * or (asked for by {@code Accept: text/csv}) CSV. SUPERUSER and AUDITOR see everyone's figures; an AGENT only
 * its own (README, "For analysts").
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('AUDITOR', 'SUPERUSER', 'AGENT')")
class AnalyticsController {

    static final String CSV = "text/csv";
    private static final String FROM = "ISO-8601 instant or day (UTC), inclusive; default: 30 days before `to`";
    private static final String TO = "ISO-8601 instant (exclusive) or day (UTC, counted whole); default: now";

    private final QueryGateway queries;
    private final CurrentAgent currentAgent;
    private final Clock clock;
    private final JsonMapper json;

    AnalyticsController(QueryGateway queries, CurrentAgent currentAgent, Clock clock, JsonMapper json) {
        this.queries = queries;
        this.currentAgent = currentAgent;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping("/response-times")
    @Operation(summary = "Waiting, first-response, reply and resolution times (count, mean, median, p90, in"
            + " seconds) of the conversations started in a window, per day, agent or channel; JSON or CSV"
            + " (AUDITOR, SUPERUSER; an AGENT gets its own figures)")
    @ApiResponse(responseCode = "200", description = "The figures per group", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ResponseTimesJson.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", example = "group,conversations,"
                    + "waiting_count,waiting_mean,waiting_median,waiting_p90,first_response_count,...\r\n"))})
    ResponseEntity<String> responseTimes(@Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @Parameter(schema = @Schema(allowableValues = {"day", "agent", "channel"}, defaultValue = "day"))
            @RequestParam(name = "group_by", required = false) String groupBy,
            @RequestHeader(name = "Accept", required = false) String accept, @AuthenticationPrincipal Caller caller) {
        AnalyticsWindow window = AnalyticsWindow.of(from, to, clock);
        ResponseTimeGrouping grouping = AnalyticsWindow.grouping(groupBy);
        ResponseTimesView view = queries.query(new FindResponseTimesQuery(window.from(), window.to(), grouping,
                ownFiguresOf(caller)), ResponseTimesView.class).join();
        ResponseTimesJson times = new ResponseTimesJson(window.from(), window.to(),
                grouping.name().toLowerCase(Locale.ROOT),
                view.groups().stream().map(ResponseTimeGroupJson::of).toList());
        return wantsCsv(accept) ? csv("response-times.csv", AnalyticsCsv.responseTimes(times)) : json(times);
    }

    @GetMapping("/summary")
    @Operation(summary = "Sessions (per day), messages per session, resolution rate, average first-response and"
            + " response times, average satisfaction of the conversations started in a window; JSON or CSV"
            + " (AUDITOR, SUPERUSER; an AGENT gets the conversations it was assigned)")
    @ApiResponse(responseCode = "200", description = "The summary, in all and per day", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SummaryJson.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", example = "day,sessions,"
                    + "messages_per_session,resolution_rate,average_first_response_time,average_response_time,"
                    + "average_satisfaction,ratings\r\n"))})
    ResponseEntity<String> summary(@Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @RequestHeader(name = "Accept", required = false) String accept, @AuthenticationPrincipal Caller caller) {
        AnalyticsWindow window = AnalyticsWindow.of(from, to, clock);
        AnalyticsSummaryView view = queries.query(new FindAnalyticsSummaryQuery(window.from(), window.to(),
                ownFiguresOf(caller)), AnalyticsSummaryView.class).join();
        SummaryJson summary = SummaryJson.of(window, view);
        return wantsCsv(accept) ? csv("summary.csv", AnalyticsCsv.summary(summary)) : json(summary);
    }

    /** An agent's own id; {@code null} (everyone's figures) for a superuser or an auditor. */
    private Long ownFiguresOf(Caller caller) {
        return caller.is(Role.AGENT) ? currentAgent.require(caller).id() : null;
    }

    private ResponseEntity<String> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
    }

    /** CSV only when asked for by name: a browser's or a client's {@code *}/{@code *} gets JSON. */
    static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && CSV.equalsIgnoreCase(type.getType() + "/" + type.getSubtype()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
