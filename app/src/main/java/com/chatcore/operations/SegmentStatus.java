package com.chatcore.operations;

/**
 * One segment of a projection as its {@code token_entry} row says: the last global index it handled (null
 * before its first event), how far behind the store's head it is, whether it is replaying (and how far the
 * replay has come, in percent of the position the reset started from) and which node holds its claim.
 */
public record SegmentStatus(int segment, Long position, long lagEvents, double lagSeconds, boolean replaying,
        Double replayProgress, String owner, boolean thisNode) {
}
