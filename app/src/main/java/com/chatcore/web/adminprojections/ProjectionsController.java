package com.chatcore.web.adminprojections;

import com.chatcore.operations.ProjectionOperations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issue 13: the read models' projections, their lag and state, and their replay (README, "Operating the read models"). */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionsController {

    private final ProjectionOperations projections;

    ProjectionsController(ProjectionOperations projections) {
        this.projections = projections;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AUDITOR', 'SUPERUSER')")
    @Operation(summary = "Each projection with its segments' positions, owners and lag behind the event store's"
            + " head, and its state: running, replaying (with progress), stopped or error (SUPERUSER, AUDITOR)")
    ProjectionsJson list() {
        return ProjectionsJson.of(projections.overview());
    }

    @PostMapping("/{name}/replay")
    @PreAuthorize("hasRole('SUPERUSER')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Resets a projection (its tables are cleared) and rebuilds it from the first event while"
            + " the server keeps serving; progress shows in the list. 409 while it replays, when it cannot be"
            + " replayed, or when another node holds some of its segments (SUPERUSER)")
    @ApiResponse(responseCode = "202", description = "The replay started: the projection as it is now")
    ProjectionJson replay(@PathVariable String name) {
        return ProjectionJson.of(projections.replay(name));
    }
}
