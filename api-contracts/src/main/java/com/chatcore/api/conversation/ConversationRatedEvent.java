package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/**
 * The customer rated the conversation (CSAT), 1 to 5, after it was resolved or closed; {@code comment} may be
 * {@code null}. A conversation is rated at most once; the rating's time is the event's timestamp.
 */
@Revision("1")
public record ConversationRatedEvent(String chatRoomId, int rating, String comment) {
}
