package com.chatcore.operations;

/** A retry of a group's parked events: sequences tried, applied (and gone from the queue), events still parked. */
public record RetryOutcome(String group, int tried, int succeeded, long stillParked) {
}
