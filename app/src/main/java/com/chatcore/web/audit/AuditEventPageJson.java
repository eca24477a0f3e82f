package com.chatcore.web.audit;

import com.chatcore.api.audit.AuditEventPage;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of events, oldest first: {@code count} in all, {@code pages} of {@code page_size}. */
@Schema(name = "AuditEventPage")
record AuditEventPageJson(long count, int page, @JsonProperty("page_size") int pageSize, long pages,
        List<AuditEventJson> results) {

    static AuditEventPageJson of(AuditEventPage events, AuditPaging paging) {
        long pages = events.count() == 0 ? 1 : (events.count() + paging.pageSize() - 1) / paging.pageSize();
        return new AuditEventPageJson(events.count(), paging.page(), paging.pageSize(), pages,
                events.events().stream().map(AuditEventJson::of).toList());
    }
}
