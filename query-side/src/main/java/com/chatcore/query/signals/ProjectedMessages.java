package com.chatcore.query.signals;

import com.chatcore.api.conversation.ChatMessageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Messages the live-chat projection has just written, by message id. The view it signals names the sending
 * agent by id only ({@link ChatMessageView#agent()} is null): the writer knows who it is.
 */
@Component
public class ProjectedMessages extends Projected<ChatMessageView> {

    ProjectedMessages(JdbcTemplate jdbc, Clock clock) {
        super("chat_projected_messages", jdbc, clock);
    }
}
