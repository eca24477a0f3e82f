package com.chatcore.web.realtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private final List<String> lookedUp = new ArrayList<>();
    private final Timeline<String, Long> holders = new Timeline<>(room -> {
        lookedUp.add(room);
        return Optional.of(99L);
    });

    @Test
    void answersAsOfAnyPositionAroundItsChanges() {
        holders.change("room", 10, null, 1L);
        holders.change("room", 20, 1L, 2L);
        holders.change("room", 30, 2L, null);

        assertThat(holders.at("room", 5)).as("before the first change: its 'before'").isEmpty();
        assertThat(holders.at("room", 10)).contains(1L);
        assertThat(holders.at("room", 19)).contains(1L);
        assertThat(holders.at("room", 20)).contains(2L);
        assertThat(holders.at("room", 31)).isEmpty();
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void aKeyThatNeverChangedIsLookedUpOnceUntilItChanges() {
        assertThat(holders.at("room", 5)).contains(99L);
        assertThat(holders.at("room", 6)).contains(99L);
        assertThat(lookedUp).containsExactly("room");

        holders.change("room", 7, 99L, 3L);
        assertThat(holders.at("room", 6)).contains(99L);
        assertThat(holders.at("room", 8)).contains(3L);
        assertThat(lookedUp).containsExactly("room");
    }

    @Test
    void forgottenChangesLeaveTheLaterOnesAnswering() {
        holders.change("room", 10, null, 1L);
        holders.change("room", 20, 1L, 2L);
        holders.forgetBefore(15);

        assertThat(holders.at("room", 16)).as("the 'before' of the change at 20").contains(1L);
        assertThat(holders.at("room", 25)).contains(2L);

        holders.forgetBefore(21);
        assertThat(holders.at("room", 25)).as("no change left: today's value").contains(99L);
    }
}
