package com.chatcore.web.adminagents;

import java.util.List;

/**
 * The agent list as {@code {"results": {"agents": [...]}}}: the public seed-003 client reads
 * {@code results.agents}. No seed documents this route; it was a bare array before that client was met.
 */
record AdminAgentListJson(Results results) {

    record Results(List<AdminAgentJson> agents) {
    }

    static AdminAgentListJson of(List<AdminAgentJson> agents) {
        return new AdminAgentListJson(new Results(agents));
    }
}
