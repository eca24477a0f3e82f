package com.chatcore.web.compat;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.GuestChats;
import com.chatcore.support.IntegrationTest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The frontend completes a guest chat with session_id, phone_number and recaptcha_token only. */
class MinimalGuestChatIntegrationTest extends IntegrationTest {

    @Autowired
    private QueryGateway queries;

    @Test
    void emailAndFullNameAreOptionalAndTheGuestIsCalledInvitado() {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String sessionId = started.json().get("session_id").asString();

        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of("session_id", sessionId,
                "phone_number", "+34 600 111 222", "recaptcha_token", "token-from-the-widget"), null);

        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        String key = completed.json().get("chat_room_id").asString();
        ObjectNode documented = (ObjectNode) completed.json().deepCopy();
        documented.remove(List.of("user_data", "messages"));
        assertThat(documented).isEqualTo(ExpectedJson.parse("""
                {"success": true, "chat_room_id": "%s", "user_name": "Invitado",
                 "message": "Chat iniciado correctamente. Un agente te contactará pronto."}""", key));
        ChatRoomView room = queries.query(new FindChatRoomQuery(GuestChats.roomIdOf(queries, key)),
                ResponseTypes.optionalInstanceOf(ChatRoomView.class)).join().orElseThrow();
        assertThat(room.chatUser().fullName()).isEqualTo("Invitado");
        assertThat(room.chatUser().email()).isNull();
        assertThat(room.chatUser().phoneNumber()).isEqualTo("+34600111222");
        assertThat(room.initialMessage()).isEqualTo("Hola");
    }
}
