package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jalons.server.JalonsServer;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Invariant 5: with concurrent writers, and with two server instances on one PostgreSQL, no pull
 * may skip a change. Pullers page with a small limit while pushers write; afterwards every
 * puller's accumulated records must equal the server's final set exactly.
 */
class ConcurrentSyncTest {

    private static final int PUSHERS = 4;
    private static final int BATCHES_PER_PUSHER = 25;
    private static final int PULLERS = 3;

    @Test
    void concurrentPullersNeverSkipAChangeOnH2() throws Exception {
        JalonsServer server = TestServers.shared(Backend.H2);
        runAndCheck(List.of(server));
    }

    @Test
    void concurrentPullersNeverSkipAChangeWithTwoServersOnOnePostgres() throws Exception {
        String url = TestServers.newDatabase(Backend.POSTGRES);
        try (JalonsServer first = JalonsServer.start(TestServers.config(Backend.POSTGRES, url));
                JalonsServer second = JalonsServer.start(TestServers.config(Backend.POSTGRES, url))) {
            runAndCheck(List.of(first, second));
        }
    }

    private void runAndCheck(List<JalonsServer> servers) throws Exception {
        Org org = Org.create(servers.get(0));
        Org.Member counsellor = org.counsellor("Samia CIP");
        List<UUID> beneficiaries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            beneficiaries.add(org.newBeneficiary(counsellor));
        }
        List<Api> apis = servers.stream().map(s -> new Api(s.baseUrl())).toList();
        List<Org.Member> pushDevices = new ArrayList<>();
        List<Org.Member> pullDevices = new ArrayList<>();
        for (int i = 0; i < PUSHERS; i++) {
            pushDevices.add(org.member(counsellor.user()));
        }
        for (int i = 0; i < PULLERS; i++) {
            pullDevices.add(org.member(counsellor.user()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(PUSHERS + PULLERS);
        AtomicBoolean pushing = new AtomicBoolean(true);
        try {
            List<Future<?>> pushers = new ArrayList<>();
            for (int p = 0; p < PUSHERS; p++) {
                Api api = apis.get(p % apis.size());
                Org.Member device = pushDevices.get(p);
                long seed = p;
                pushers.add(pool.submit(() -> push(api, device, beneficiaries, new Random(seed))));
            }
            List<Future<Map<String, Long>>> pullers = new ArrayList<>();
            for (int p = 0; p < PULLERS; p++) {
                Api api = apis.get((p + 1) % apis.size());
                Org.Member device = pullDevices.get(p);
                pullers.add(pool.submit(() -> pullWhile(api, device, pushing)));
            }
            for (Future<?> pusher : pushers) {
                pusher.get(5, TimeUnit.MINUTES);
            }
            pushing.set(false);
            Map<String, Long> expected = pullWhile(apis.get(0), pullDevices.get(0), new AtomicBoolean(false));
            assertThat(expected.size()).isGreaterThan(PUSHERS * BATCHES_PER_PUSHER);
            for (Future<Map<String, Long>> puller : pullers) {
                assertThat(puller.get(5, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pushing.set(false);
            pool.shutdownNow();
        }
    }

    /** Creates goals and edits the pusher's own goals, in small batches. */
    private static Void push(Api api, Org.Member device, List<UUID> beneficiaries, Random random) {
        Map<UUID, long[]> mine = new HashMap<>(); // goal -> {beneficiary index, version}
        for (int batch = 0; batch < BATCHES_PER_PUSHER; batch++) {
            List<ObjectNode> changes = new ArrayList<>();
            List<UUID> created = new ArrayList<>();
            int size = 1 + random.nextInt(4);
            for (int i = 0; i < size; i++) {
                int b = random.nextInt(beneficiaries.size());
                UUID goalId = UUID.randomUUID();
                changes.add(Changes.newGoal(goalId, beneficiaries.get(b)));
                created.add(goalId);
                mine.put(goalId, new long[] {b, 1});
            }
            if (random.nextBoolean() && mine.size() > size) {
                UUID edited = new ArrayList<>(mine.keySet()).get(random.nextInt(mine.size()));
                if (!created.contains(edited)) {
                    long[] state = mine.get(edited);
                    changes.add(Changes.upsert(
                            "goal",
                            edited,
                            beneficiaries.get((int) state[0]),
                            state[1],
                            "status",
                            random.nextBoolean() ? "ATTEINT" : "REPORTE"));
                    state[1]++;
                }
            }
            Api.Response response = api.post("/api/v1/sync/push", device.token(), Changes.batch(changes));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            for (JsonNode result : response.json().get("results")) {
                assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("APPLIED");
            }
        }
        return null;
    }

    /** Pulls in small pages while {@code running}, then drains; returns id -> latest version seen. */
    private static Map<String, Long> pullWhile(Api api, Org.Member device, AtomicBoolean running) {
        Map<String, Long> seen = new HashMap<>();
        long cursor = 0;
        for (int round = 0; round < 50_000; round++) {
            boolean wasRunning = running.get();
            JsonNode page = api.get("/api/v1/sync/pull?limit=7&cursor=" + cursor, device.token())
                    .json();
            long lastSeq = cursor;
            for (JsonNode record : page.get("records")) {
                long seq = record.get("seq").asLong();
                assertThat(seq).isGreaterThan(lastSeq);
                lastSeq = seq;
                seen.put(record.get("id").asText(), record.get("version").asLong());
            }
            cursor = page.get("cursor").asLong();
            if (!wasRunning && !page.get("hasMore").asBoolean()) {
                return seen;
            }
        }
        throw new AssertionError("pull loop did not finish");
    }
}
