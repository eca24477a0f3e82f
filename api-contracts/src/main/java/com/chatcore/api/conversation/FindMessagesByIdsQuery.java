package com.chatcore.api.conversation;

import java.util.List;

/** Answers {@code List<ChatMessageView>} for the ids that exist (bounded by the caller). */
public record FindMessagesByIdsQuery(List<String> messageIds) {
}
