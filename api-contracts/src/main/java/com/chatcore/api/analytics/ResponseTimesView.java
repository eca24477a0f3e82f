package com.chatcore.api.analytics;

import java.util.List;

/** Response-time figures, one entry per group, in the group's order (days and agent ids ascending). */
public record ResponseTimesView(List<ResponseTimeGroupView> groups) {
}
