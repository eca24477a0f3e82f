package com.chatcore.web.crmchats;

import com.chatcore.api.crm.ChangeCrmChatCommand;
import com.chatcore.api.crm.CrmChatView;
import com.chatcore.api.crm.DeleteCrmChatCommand;
import com.chatcore.api.crm.FindCrmChatQuery;
import com.chatcore.api.crm.FindCrmChatsQuery;
import com.chatcore.api.crm.FindRemovedCrmChatQuery;
import com.chatcore.api.crm.OpenCrmChatCommand;
import com.chatcore.api.crm.OpenedCrmChat;
import com.chatcore.api.crm.RemovedCrmChatView;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 000's CRM chats, at {@code chat.crm-chats.base-path}. Successes answer 200, as the seed's own server
 * does (creation included); errors answer {@code {"success": false, "error": "..."}} ({@link CrmChatsErrors}).
 */
@RestController
@RequestMapping("${chat.crm-chats.base-path}")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERUSER', '" + CrmApiKeyFilter.ROLE + "')")
class CrmChatsController {

    /** The seed's list has no pagination; Supabase, behind the seed's server, answers at most 1000 rows too. */
    static final int LIST_LIMIT = 1000;

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;

    CrmChatsController(ReadYourWrites readYourWrites, QueryGateway queries) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Every CRM chat (the first 1000 by id)")
    CrmChatListJson list() {
        return CrmChatListJson.of(queries.query(new FindCrmChatsQuery(LIST_LIMIT),
                ResponseTypes.multipleInstancesOf(CrmChatView.class)).join().stream().map(CrmChatJson::of).toList());
    }

    @PostMapping
    @Operation(summary = "Create a CRM chat linking a session and a contact; answers 200, as the seed's server")
    CrmChatAnswerJson create(@RequestBody NewCrmChatRequest request) {
        OpenCrmChatCommand command = new OpenCrmChatCommand(CrmChatFields.required(request.sesionId(), "sesion_id"),
                CrmChatFields.required(request.contactId(), "contact_id"));
        CrmChatView chat = readYourWrites.sendThenAwait(CrmApiKeyFilter.stamped(command),
                opened -> new Awaited<>(new FindCrmChatQuery(((OpenedCrmChat) opened).chatId()), CrmChatView.class,
                        view -> true),
                opened -> ((OpenedCrmChat) opened).asStored(command));
        return CrmChatAnswerJson.of(CrmChatJson.of(chat));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One CRM chat")
    CrmChatAnswerJson get(@PathVariable @Parameter(schema = @Schema(type = "integer", format = "int64")) String id) {
        return CrmChatAnswerJson.of(CrmChatJson.of(queries.query(new FindCrmChatQuery(CrmChatFields.chatId(id)),
                ResponseTypes.optionalInstanceOf(CrmChatView.class)).join().orElseThrow(CrmChatRefusal::notFound)));
    }

    @PatchMapping
    @Operation(summary = "Change a CRM chat named by the id in the body")
    CrmChatAnswerJson update(@RequestBody CrmChatUpdateRequest request) {
        return change(CrmChatFields.required(request.id(), "id"), request.changes());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a CRM chat's sesion_id and/or contact_id")
    CrmChatAnswerJson patch(@PathVariable @Parameter(schema = @Schema(type = "integer", format = "int64")) String id,
            @RequestBody CrmChatChangeRequest request) {
        return change(CrmChatFields.chatId(id), request);
    }

    @DeleteMapping
    @Operation(summary = "Delete the CRM chat ?id= names")
    CrmChatDeletedJson deleteByQuery(@RequestParam(name = "id", required = false)
            @Parameter(required = true, schema = @Schema(type = "integer", format = "int64")) String id) {
        return delete(CrmChatFields.chatId(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a CRM chat")
    CrmChatDeletedJson deleteById(@PathVariable
            @Parameter(schema = @Schema(type = "integer", format = "int64")) String id) {
        return delete(CrmChatFields.chatId(id));
    }

    private CrmChatAnswerJson change(long chatId, CrmChatChangeRequest request) {
        Long sessionId = CrmChatFields.optional(request.sesionId(), "sesion_id");
        Long contactId = CrmChatFields.optional(request.contactId(), "contact_id");
        if (sessionId == null && contactId == null) {
            throw CrmChatRefusal.badRequest("sesion_id o contact_id es requerido");
        }
        CrmChatView chat = readYourWrites.send(CrmApiKeyFilter.stamped(
                        new ChangeCrmChatCommand(chatId, sessionId, contactId)),
                new FindCrmChatQuery(chatId), CrmChatView.class,
                view -> (sessionId == null || view.sessionId() == sessionId)
                        && (contactId == null || view.contactId() == contactId));
        return CrmChatAnswerJson.of(CrmChatJson.of(chat));
    }

    private CrmChatDeletedJson delete(long chatId) {
        readYourWrites.send(CrmApiKeyFilter.stamped(new DeleteCrmChatCommand(chatId)),
                new FindRemovedCrmChatQuery(chatId), RemovedCrmChatView.class, view -> true);
        return CrmChatDeletedJson.DELETED;
    }
}
