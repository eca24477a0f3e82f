package com.chatcore.web.supportsessions;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The support desk's envelopes, {@code {success, data, message}} as seed 001's. */
final class SupportDeskResponses {

    private SupportDeskResponses() {
    }

    @Schema(name = "SupportDeskSessionResponse")
    record SessionResponse(boolean success, SupportDeskSessionJson data, String message) {
    }

    @Schema(name = "SupportDeskSessionListResponse")
    record SessionListResponse(boolean success, List<SupportDeskSessionJson> data, String message) {
    }

    @Schema(name = "SupportDeskSessionPageResponse")
    record SessionPageResponse(boolean success, SessionPage data, String message) {
    }

    @Schema(name = "SupportDeskSessionPage")
    record SessionPage(List<SupportDeskSessionJson> sessions, Pagination pagination) {
    }

    @Schema(name = "SupportDeskPagination")
    record Pagination(int page, int limit, long total, long totalPages) {
    }

    @Schema(name = "SupportDeskStatsResponse")
    record StatsResponse(boolean success, Stats data, String message) {
    }

    /** {@code averageResponseTime}: minutes from a session's start to support's first message (0 before any). */
    @Schema(name = "SupportDeskStats")
    record Stats(long totalSessions, long activeSessions, long pendingSessions, long closedSessions,
            @Schema(example = "5.2", description = "minutes to support's first message, on average")
            double averageResponseTime, long sessionsToday, long sessionsThisWeek, long sessionsThisMonth) {
    }

    /** {@code PATCH .../assign}: the agent's id, a string or a number. */
    @Schema(name = "SupportDeskAssignRequest")
    record AssignRequest(@Schema(example = "3") String supportAgentId) {
    }
}
