package com.chatcore.api.conversation;

/** The customer side of a conversation, with the numeric id seed 003 shows. */
public record ChatUser(long id, String fullName, String email, String phoneNumber) {
}
