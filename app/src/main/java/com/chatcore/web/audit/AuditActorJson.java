package com.chatcore.web.audit;

import com.chatcore.api.audit.AuditActor;
import io.swagger.v3.oas.annotations.media.Schema;

/** Who did it: an account's id and role, or {@code {"id": null, "role": "GUEST"}} / {@code "SYSTEM"}. */
record AuditActorJson(
        @Schema(nullable = true, example = "7") Long id,
        @Schema(example = "AGENT", description = "USER, AGENT, SUPERUSER, AUDITOR, GUEST or SYSTEM") String role) {

    static AuditActorJson of(AuditActor actor) {
        return new AuditActorJson(actor.id(), actor.role());
    }
}
