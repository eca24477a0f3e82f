package com.chatcore.web.directchats;

import com.chatcore.api.directchat.ChangeLastMessageCommand;
import com.chatcore.api.directchat.DeleteDirectChatCommand;
import com.chatcore.api.directchat.DirectChatOpened;
import com.chatcore.api.directchat.DirectChatView;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.directchat.OpenDirectChatCommand;
import com.chatcore.api.directchat.UpdateDirectChatCommand;
import com.chatcore.idempotency.RequestIds;
import com.chatcore.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Seed 002's writes, each answered from the read model once it shows the write. The chat's rules (who may
 * change it, its participants) are the {@code DirectChat} aggregate's; this adapter checks the body's shape.
 */
@RestController
@RequestMapping("${chat.seed002.base-path:/api/chats}")
@PreAuthorize("isAuthenticated()")
class DirectChatWriteController {

    private final CommandGateway commands;
    private final DirectChats chats;

    DirectChatWriteController(CommandGateway commands, DirectChats chats) {
        this.commands = commands;
        this.chats = chats;
    }

    @PostMapping
    @Operation(summary = "Open a chat between users (a USER: one they take part in); the same participants "
            + "answer 200 with their existing chat", responses = {
            @ApiResponse(responseCode = "201", description = "Chat creado exitosamente",
                    content = @Content(schema = @Schema(implementation = DirectChatWriteResponse.class))),
            @ApiResponse(responseCode = "200", description = "Chat ya existe: the participants' existing chat",
                    content = @Content(schema = @Schema(implementation = DirectChatWriteResponse.class)))})
    ResponseEntity<DirectChatWriteResponse> create(@RequestBody(required = false) CreateDirectChatRequest body,
            @AuthenticationPrincipal Caller caller) {
        CreateDirectChatRequest request = body == null ? new CreateDirectChatRequest(null, null) : body;
        List<String> participants = UserIds.ofArray(request.participants())
                .orElseThrow(() -> DirectChatProblem.badRequest(DirectChatMessages.PARTICIPANTS_REQUIRED));
        LastMessage lastMessage = request.lastMessage() == null ? LastMessage.NONE
                : request.lastMessage().asLastMessage();
        DirectChatOpened opened = commands.sendAndWait(new OpenDirectChatCommand(RequestIds.newId("direct-chat"),
                participants, lastMessage, DirectChats.actor(caller)));
        DirectChatJson chat = DirectChatJson.of(chats.atVersion(opened.chatId(), 0));
        return opened.created()
                ? ResponseEntity.status(HttpStatus.CREATED).body(DirectChatWriteResponse.of(DirectChatMessages.CREATED, chat))
                : ResponseEntity.ok(DirectChatWriteResponse.of(DirectChatMessages.EXISTS, chat));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the participants and/or the last message (a USER: of a chat they take part in, "
            + "staying in it)")
    DirectChatWriteResponse update(@PathVariable String id, @RequestBody(required = false) UpdateDirectChatRequest body,
            @AuthenticationPrincipal Caller caller) {
        String chatId = DirectChats.chatId(id);
        UpdateDirectChatRequest request = body == null ? new UpdateDirectChatRequest(null, null) : body;
        List<String> participants = request.participants() == null ? null : UserIds.ofArray(request.participants())
                .orElseThrow(() -> DirectChatProblem.badRequest(DirectChatMessages.PARTICIPANTS_NOT_ARRAY));
        LastMessage lastMessage = request.lastMessage() == null ? null : request.lastMessage().asLastMessage();
        long version = commands.sendAndWait(new UpdateDirectChatCommand(chatId, participants, lastMessage,
                DirectChats.actor(caller)));
        return DirectChatWriteResponse.of(DirectChatMessages.UPDATED, DirectChatJson.of(chats.atVersion(chatId, version)));
    }

    @PatchMapping("/{id}/last-message")
    @Operation(summary = "Set the last message (a USER: of a chat they take part in)")
    DirectChatWriteResponse lastMessage(@PathVariable String id, @RequestBody(required = false) LastMessageRequest body,
            @AuthenticationPrincipal Caller caller) {
        String chatId = DirectChats.chatId(id);
        if (body == null || body.lastMessage() == null) {
            throw DirectChatProblem.badRequest(DirectChatMessages.LAST_MESSAGE_REQUIRED);
        }
        long version = commands.sendAndWait(new ChangeLastMessageCommand(chatId, body.lastMessage().asLastMessage(),
                DirectChats.actor(caller)));
        return DirectChatWriteResponse.of(DirectChatMessages.LAST_MESSAGE_UPDATED,
                DirectChatJson.of(chats.atVersion(chatId, version)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a chat (a USER: one they take part in); answers the chat as it was")
    DirectChatWriteResponse delete(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        String chatId = DirectChats.chatId(id);
        long version = commands.sendAndWait(new DeleteDirectChatCommand(chatId, DirectChats.actor(caller)));
        DirectChatView deleted = chats.await(chatId, view -> view.deleted() && view.version() >= version);
        return DirectChatWriteResponse.of(DirectChatMessages.DELETED, DirectChatJson.of(deleted));
    }
}
