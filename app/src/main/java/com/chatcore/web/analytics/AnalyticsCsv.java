package com.chatcore.web.analytics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The analysts' CSV exports (RFC 4180 through Commons CSV): a header row, then one row per group or day. */
final class AnalyticsCsv {

    private static final List<String> METRICS = List.of("waiting", "first_response", "reply", "resolution");
    private static final List<String> STATS = List.of("count", "mean", "median", "p90");
    private static final String[] SUMMARY_HEADER = {"day", "sessions", "messages_per_session", "resolution_rate",
            "average_first_response_time", "average_response_time", "average_satisfaction", "ratings"};

    private AnalyticsCsv() {
    }

    static String responseTimes(ResponseTimesJson times) {
        List<String> header = new ArrayList<>(List.of("group", "conversations"));
        METRICS.forEach(metric -> STATS.forEach(stat -> header.add(metric + "_" + stat)));
        return write(header.toArray(String[]::new), printer -> {
            for (ResponseTimeGroupJson group : times.groups()) {
                List<Object> row = new ArrayList<>(List.of(group.group(), group.conversations()));
                for (DurationStatsJson stats : List.of(group.waiting(), group.firstResponse(), group.reply(),
                        group.resolution())) {
                    row.addAll(Arrays.asList(stats.count(), stats.mean(), stats.median(), stats.p90()));
                }
                printer.printRecord(row);
            }
        });
    }

    /** One row per day, then the whole window as the row whose day is {@code total}. */
    static String summary(SummaryJson summary) {
        return write(SUMMARY_HEADER, printer -> {
            for (SummaryFiguresJson day : summary.days()) {
                printer.printRecord(day.day(), day.sessions(), day.messagesPerSession(), day.resolutionRate(),
                        day.averageFirstResponseTime(), day.averageResponseTime(), day.averageSatisfaction(),
                        day.ratings());
            }
            printer.printRecord("total", summary.sessions(), summary.messagesPerSession(), summary.resolutionRate(),
                    summary.averageFirstResponseTime(), summary.averageResponseTime(), summary.averageSatisfaction(),
                    summary.ratings());
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
