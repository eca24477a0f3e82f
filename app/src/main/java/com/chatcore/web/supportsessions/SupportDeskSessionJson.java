package com.chatcore.web.supportsessions;

import com.chatcore.api.agent.AgentView;
import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A support session as the seed 001 client's support screens read it: the user's {@link SupportSessionJson}
 * fields, plus the account ({@code user}), the priority and the agent holding it ({@code supportAgentId},
 * {@code supportAgent}; null while pending). Ids are strings, as that client compares them.
 */
@Schema(name = "SupportDeskSession")
record SupportDeskSessionJson(String id, String userId,
        @Schema(allowableValues = {"pending", "active", "closed"}) String status,
        @Schema(allowableValues = {"low", "medium", "high"}) String priority, Instant createdAt,
        Instant lastMessageAt, List<SupportMessageJson> messages, UserJson user,
        @Schema(nullable = true, example = "3") String supportAgentId,
        @Schema(nullable = true) SupportAgentJson supportAgent) {

    @Schema(name = "SupportDeskUser")
    record UserJson(@Schema(nullable = true, example = "Ana López") String name,
            @Schema(nullable = true, example = "ana@example.com") String email) {
    }

    @Schema(name = "SupportDeskAgent")
    record SupportAgentJson(@Schema(example = "3") String id, @Schema(example = "12") String userId,
            @Schema(example = "Luis Pérez") String name, @Schema(nullable = true) String email) {
    }

    static SupportDeskSessionJson of(ChatRoomView room, List<ChatMessageView> messages, AgentView agent) {
        SupportSessionJson seen = SupportSessionJson.of(room, messages);
        SupportAgentJson held = null;
        if (room.agent() != null) {
            String name = ((nonNull(room.agent().firstName()) + " " + nonNull(room.agent().lastName())).trim());
            held = new SupportAgentJson(Long.toString(room.agent().id()), Long.toString(room.agent().userId()),
                    name.isEmpty() && agent != null ? agent.username() : name, agent == null ? null : agent.email());
        }
        return new SupportDeskSessionJson(seen.id(), seen.userId(), seen.status(),
                room.priority().name().toLowerCase(), seen.createdAt(), seen.lastMessageAt(), seen.messages(),
                new UserJson(room.chatUser().fullName(), room.chatUser().email()),
                held == null ? null : held.id(), held);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
