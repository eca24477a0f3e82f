package com.chatcore.config;

import com.chatcore.query.signals.PgNotify;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice a node sends when it appends: who appended, and to which aggregates. */
class AppendNoticeTest {

    @Test
    void namesEachAggregateAppendedToOnce() {
        AppendNotice notice = AppendNotice.of("node-a", List.of(
                new GenericDomainEventMessage<>("Conversation", "room-1", 4, "sent"),
                new GenericDomainEventMessage<>("Conversation", "room-1", 5, "read"),
                new GenericDomainEventMessage<>("Agent", "agent-7", 2, "busy"),
                GenericEventMessage.asEventMessage("not an aggregate's")));

        AppendNotice heard = AppendNotice.parse(notice.text());

        assertThat(heard).isEqualTo(new AppendNotice("node-a", List.of("room-1", "agent-7")));
    }

    @Test
    void tooManyToNameFitsInOneNotificationAndMeansAll() {
        List<GenericDomainEventMessage<String>> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(new GenericDomainEventMessage<>("Conversation", "0f5e7a52-8f5e-4f7e-9a43-2b1d0e6c9a" + i, 0, "x"));
        }

        String text = AppendNotice.of("node-a", events).text();

        assertThat(text.length()).isLessThan(PgNotify.MAX_PAYLOAD);
        assertThat(AppendNotice.parse(text)).isEqualTo(new AppendNotice("node-a", null));
    }

    @Test
    void aNoticeOfAnOlderNodeNamesNoAggregate() {
        assertThat(AppendNotice.parse("node-b")).isEqualTo(new AppendNotice("node-b", List.of()));
    }
}
