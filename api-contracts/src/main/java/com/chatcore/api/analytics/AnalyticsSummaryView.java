package com.chatcore.api.analytics;

import java.util.List;

/** The summary over the whole window ({@code total}, whose {@code day} is null) and per day, oldest first. */
public record AnalyticsSummaryView(SummaryFiguresView total, List<SummaryFiguresView> days) {
}
