package com.chatcore.api.audit;

/**
 * Who caused an event, from its caller metadata: an account ({@code id} and its role then), a guest of seed
 * 003 ({@code GUEST}, no id: guests have no account) or the server itself ({@code SYSTEM}, no id).
 */
public record AuditActor(Long id, String role) {
}
