package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A waiting chat as {@code waiting_chats} lists it: the seed's fields plus {@code chat_user_info},
 * {@code status} and {@code messages}, which the public seed-003 client reads on every item (its own
 * backend sends them).
 */
public record WaitingChatJson(
        @Schema(example = "5f0c7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") String id,
        @JsonProperty("chat_user") ContactJson chatUser,
        @JsonProperty("chat_user_info") ChatUserInfoJson chatUserInfo,
        @Schema(example = "Hola, necesito ayuda con mi pedido") @JsonProperty("initial_message") String initialMessage,
        @JsonProperty("created_at") Instant createdAt,
        @Schema(allowableValues = {"high", "medium", "low"}, example = "medium") String priority,
        @Schema(example = "4") @JsonProperty("waiting_time_minutes") long waitingTimeMinutes,
        @Schema(allowableValues = {"waiting", "active", "resolved", "closed"}, example = "waiting") String status,
        List<MessageJson> messages) {

    /** The waiting chat's customer, as the seed shows it there: {@code {full_name, email}}. */
    public record ContactJson(
            @Schema(example = "María López") @JsonProperty("full_name") String fullName,
            @Schema(example = "maria@example.com") String email) {
    }

    public static WaitingChatJson of(ChatRoomView room, List<ChatMessageView> messages, Clock clock) {
        return with(room, messages.stream().map(MessageJson::of).toList(), clock);
    }

    public static WaitingChatJson with(ChatRoomView room, List<MessageJson> messages, Clock clock) {
        return new WaitingChatJson(room.id(), new ContactJson(room.chatUser().fullName(), room.chatUser().email()),
                ChatUserInfoJson.of(room), room.initialMessage(), room.createdAt(), LiveChatJson.lower(room.priority()),
                Math.max(0, Duration.between(room.createdAt(), clock.instant()).toMinutes()),
                LiveChatJson.lower(room.status()), messages);
    }
}
