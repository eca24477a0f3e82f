package com.chatcore.operations;

import java.time.Instant;
import java.util.List;

/** Every projection, the event store's head (null while the store is empty) and the node that answered. */
public record ProjectionsOverview(Long headIndex, Instant headTimestamp, String node, List<ProjectionStatus> projections) {
}
