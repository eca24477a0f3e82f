package com.chatcore.web.clients;

import com.chatcore.api.crm.CrmAggregateIds;
import com.chatcore.api.crm.CrmClientView;
import com.chatcore.api.crm.DeleteCrmClientCommand;
import com.chatcore.api.crm.FindCrmClientQuery;
import com.chatcore.api.crm.FindRemovedCrmClientQuery;
import com.chatcore.api.crm.FindWhatsAppConversationQuery;
import com.chatcore.api.crm.LinkWhatsAppConversationCommand;
import com.chatcore.api.crm.RegisterCrmClientCommand;
import com.chatcore.api.crm.RemovedCrmClientView;
import com.chatcore.api.crm.WhatsAppConversationView;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 004's client lookup by WhatsApp chat id, and the writes it assumes (clients and their conversations).
 * Errors answer {@code {"error": "..."}} ({@link ClientsErrors}).
 */
@RestController
@RequestMapping("/api/clients")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER')")
class ClientsController {

    private final ReadYourWrites readYourWrites;
    private final ClientLookup lookup;

    ClientsController(ReadYourWrites readYourWrites, ClientLookup lookup) {
        this.readYourWrites = readYourWrites;
        this.lookup = lookup;
    }

    @GetMapping("/view")
    @Operation(summary = "The client (id and session_id only) of the conversation with this WhatsApp chat id")
    ClientAnswerJson view(@RequestParam(name = "chatId", required = false)
            @Parameter(required = true, example = "123456789@c.us") String chatId) {
        if (chatId == null || chatId.isBlank()) {
            throw ClientRefusal.badRequest(ClientRefusal.CHAT_ID_REQUIRED);
        }
        return ClientAnswerJson.of(ClientRecordJson.of(lookup.clientOf(chatId)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a client of a WhatsApp session")
    ClientAnswerJson register(@RequestBody RegisterClientRequest request) {
        RegisterCrmClientCommand command = new RegisterCrmClientCommand(ClientFields.sessionId(request.sessionId()),
                ClientFields.text(request.name(), "Name"), ClientFields.text(request.phone(), "Phone"));
        CrmClientView client = readYourWrites.sendThenAwait(command,
                id -> new Awaited<>(new FindCrmClientQuery(CrmAggregateIds.clientIdOf((String) id)),
                        CrmClientView.class, view -> true),
                id -> new CrmClientView(CrmAggregateIds.clientIdOf((String) id), command.sessionId(), command.name(),
                        command.phone()));
        return ClientAnswerJson.of(ClientRecordJson.of(client));
    }

    @PostMapping("/{id}/conversations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a WhatsApp conversation (its chatId) as the client's; a chat id has one client")
    ConversationAnswerJson linkConversation(@PathVariable
            @Parameter(schema = @Schema(type = "string", example = "17")) String id,
            @RequestBody LinkConversationRequest request) {
        long clientId = ClientFields.clientId(id);
        String chatId = ClientFields.text(request.chatId(), "Chat ID");
        WhatsAppConversationView conversation = readYourWrites.send(
                new LinkWhatsAppConversationCommand(clientId, chatId), new FindWhatsAppConversationQuery(chatId),
                WhatsAppConversationView.class, view -> view.clientId() == clientId);
        return ConversationAnswerJson.of(ConversationRecordJson.of(conversation));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a client; its chat ids become free, and looking them up answers Client not found")
    ClientDeletedJson delete(@PathVariable @Parameter(schema = @Schema(type = "string", example = "17")) String id) {
        long clientId = ClientFields.clientId(id);
        readYourWrites.send(new DeleteCrmClientCommand(clientId), new FindRemovedCrmClientQuery(clientId),
                RemovedCrmClientView.class, view -> true);
        return ClientDeletedJson.DELETED;
    }
}
