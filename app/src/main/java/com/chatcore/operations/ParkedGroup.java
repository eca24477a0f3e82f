package com.chatcore.operations;

import java.util.List;

/** A processing group's parked events: how many in all, and the first {@link DeadLetterOperations#LISTED} of them. */
public record ParkedGroup(String group, long count, List<ParkedEvent> events) {
}
