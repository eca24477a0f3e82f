package com.chatcore.web.adminprojections;

import com.chatcore.operations.ParkedGroup;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A processing group's parked events ({@code count} in all; the first 500 are listed). */
@Schema(name = "DeadLetterGroup")
record ParkedGroupJson(@Schema(example = "users") String group, @Schema(example = "1") long count,
        List<ParkedEventJson> events) {

    static ParkedGroupJson of(ParkedGroup group) {
        return new ParkedGroupJson(group.group(), group.count(),
                group.events().stream().map(ParkedEventJson::of).toList());
    }
}
