package com.chatcore.web.directchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.directchats.DirectChatsApi.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One chat per participant set under races: parallel creates of one set (in any order, by either participant)
 * open exactly one chat, and every request is answered with it.
 */
class DirectChatRaceIntegrationTest extends IntegrationTest {

    private static final int PARALLEL = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void parallelCreatesOfOneParticipantSetOpenExactlyOneChat() throws Exception {
        DirectChatsApi chats = new DirectChatsApi(api, accounts);
        for (int round = 0; round < 3; round++) {
            Member ana = chats.member("race_ana");
            Member bea = chats.member("race_bea");

            List<ApiClient.Response> answers = inParallel(i -> i % 2 == 0
                    ? chats.create(ana.token(), List.of(ana.idText(), bea.idText()))
                    : chats.create(bea.token(), List.of(bea.id(), ana.idText(), bea.idText())));

            assertThat(answers).extracting(ApiClient.Response::status).containsOnly(200, 201)
                    .filteredOn(status -> status == 201).hasSize(1);
            assertThat(answers).extracting(answer -> answer.json().get("data").get("_id").asString())
                    .as(answers.toString()).containsOnly(answers.get(0).json().get("data").get("_id").asString());
            assertThat(chats.get("/user/" + ana.id(), ana.token()).json().get("data").get("pagination").get("total")
                    .asLong()).isEqualTo(1);
        }
    }

    @Test
    void parallelMovesOfTwoChatsOntoOneParticipantSetLeaveOneThere() throws Exception {
        DirectChatsApi chats = new DirectChatsApi(api, accounts);
        Member ana = chats.member("race_ana");
        Member bea = chats.member("race_bea");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            ids.add(chats.chatOf(ana, chats.member("race_other")).get("_id").asString());
        }
        String target = "{\"participants\": [\"%d\", \"%d\"]}".formatted(ana.id(), bea.id());

        List<ApiClient.Response> answers = inParallel(i -> chats.put(ids.get(i), target, ana.token()));

        assertThat(answers).extracting(ApiClient.Response::status).containsOnly(200, 409)
                .filteredOn(status -> status == 200).hasSize(1);
        assertThat(chats.get("/user/" + bea.id(), bea.token()).json().get("data").get("pagination").get("total")
                .asLong()).isEqualTo(1);
    }

    private List<ApiClient.Response> inParallel(Function<Integer, ApiClient.Response> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return call.apply(index);
            }));
        }
        List<ApiClient.Response> answers = new ArrayList<>();
        for (Future<ApiClient.Response> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
