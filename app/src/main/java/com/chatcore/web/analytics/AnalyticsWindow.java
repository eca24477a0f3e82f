package com.chatcore.web.analytics;

import com.chatcore.api.analytics.ResponseTimeGrouping;
import com.chatcore.api.error.FieldValidationException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The conversations an analyst asks about: those started from {@code from} (inclusive) to {@code to}
 * (exclusive). Each is an ISO-8601 instant ({@code 2026-11-30T09:00:00Z}) or a day ({@code 2026-11-30}, UTC): a
 * day as {@code to} counts whole, up to its end. Without {@code to}, now; without {@code from}, 30 days before
 * {@code to}. A bad value is a 400 naming the field, as the audit routes answer.
 */
record AnalyticsWindow(Instant from, Instant to) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(30);
    static final String INVALID_DATE =
            "Fecha/hora con formato erróneo. Use uno de los siguientes formatos en su lugar: ISO-8601, YYYY-MM-DD.";
    static final String NOT_AFTER_FROM = "Debe ser posterior a from.";

    static AnalyticsWindow of(String from, String to, Clock clock) {
        Instant end = blank(to) ? clock.instant() : parse("to", to, true);
        Instant start = blank(from) ? end.minus(DEFAULT_SPAN) : parse("from", from, false);
        if (!end.isAfter(start)) {
            throw FieldValidationException.of("to", NOT_AFTER_FROM);
        }
        return new AnalyticsWindow(start, end);
    }

    static ResponseTimeGrouping grouping(String groupBy) {
        if (blank(groupBy)) {
            return ResponseTimeGrouping.DAY;
        }
        return switch (groupBy.trim().toLowerCase(Locale.ROOT)) {
            case "day" -> ResponseTimeGrouping.DAY;
            case "agent" -> ResponseTimeGrouping.AGENT;
            case "channel" -> ResponseTimeGrouping.CHANNEL;
            default -> throw FieldValidationException.of("group_by",
                    "\"" + groupBy + "\" no es una elección válida. Use day, agent o channel.");
        };
    }

    /** The window's length in days (fractional). */
    double days() {
        return Duration.between(from, to).toMillis() / (double) Duration.ofDays(1).toMillis();
    }

    private static Instant parse(String field, String value, boolean endOfDay) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw FieldValidationException.of(field, INVALID_DATE);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
