package com.chatcore.api.conversation;

/** Answers {@code Optional<ChatMessageView>}. */
public record FindMessageQuery(String messageId) {
}
