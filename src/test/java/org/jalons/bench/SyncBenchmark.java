package org.jalons.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.EncryptedStore;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.sync.BenchAccess;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync benchmark ({@code mvn -B -q -Pbench verify -Dbench.records=10000 -Dbench.bytes=300 -Dbench.runs=3}): the
 * app's real sync engine against the real server over HTTP on 127.0.0.1, gzip both ways, H2 files on disk on both
 * sides. Per run, on a fresh server: one phone pushes N records of about B bytes (written before timing); a fresh
 * phone of the same counsellor pulls them all; 100 edits are pushed, then pulled by the other phone; then 500
 * simulated devices (a bounded pool) each push 20 changes and pull, timing every request, and what the server
 * serves is compared with what was sent. Medians over the runs go to target/bench/sync.json, printed last. One
 * warm-up run comes first (-Dbench.warmup=N, 0 for none), with its incremental phase done 20 times: printed, not
 * in the medians, its losses counted. Then the scale phase ({@link ScaleLoad}; -Dbench.scale=false skips it): on an
 * embedded PostgreSQL, 50 organisations × 40 devices (-Dbench.scale.orgs, -Dbench.scale.devices) do the same device
 * load through two server instances sharing one database, then through one instance on a fresh database.
 * The workload is deterministic (fixed seed); only the timings vary.
 */
class SyncBenchmark {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP = HttpSettings.defaults();
    private static final int LOAD_DEVICES = Integer.getInteger("bench.devices", 500);
    private static final int LOAD_CHANGES = 20;
    private static final int LOAD_THREADS = 16;
    private static final int INCR = 100;
    /**
     * The warm-up run pushes and pulls its 100 edits this many times: once per run, the merge path would still be
     * interpreted or half-compiled in the timed runs, which each do it once.
     */
    private static final int WARMUP_INCR_ROUNDS = 20;

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final List<BarrierArea> AREAS = List.of(
            BarrierArea.MOBILITE,
            BarrierArea.LOGEMENT,
            BarrierArea.NUMERIQUE,
            BarrierArea.FINANCES,
            BarrierArea.FAMILLE,
            BarrierArea.FRANCAIS);

    @TempDir
    Path dir;

    private int phoneCount;
    /** CPU ms of the process during each timed phase of the current run. */
    private final long[] cpu = new long[4];

    @Test
    void sync() throws Exception {
        int records = Integer.getInteger("bench.records", 10_000);
        int bytes = Integer.getInteger("bench.bytes", 300);
        int runs = Integer.getInteger("bench.runs", 3);
        // Untimed runs first, JMH-style: the first run in a JVM interprets and compiles the code it runs (its push
        // takes about twice as long as the third run's). They are printed, and their losses count like the others.
        int warmup = Integer.getInteger("bench.warmup", 1);
        List<Long> push = new ArrayList<>();
        List<Long> pull = new ArrayList<>();
        List<Long> incrPush = new ArrayList<>();
        List<Long> incrPull = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        int lost = 0;
        for (int run = -warmup; run < runs; run++) {
            Path runDir = dir.resolve("run" + (run + warmup));
            try (RealServer server = RealServer.start(runDir.resolve("server"))) {
                long[] t = mainPhases(server, runDir, records, bytes, run < 0 ? WARMUP_INCR_ROUNDS : 1);
                double[] load = load(server);
                lost += (int) load[1];
                if (run >= 0) {
                    push.add(t[0]);
                    pull.add(t[1]);
                    incrPush.add(t[2]);
                    incrPull.add(t[3]);
                    p99.add(load[0]);
                }
                System.err.printf(
                        "bench %s: push %d ms, pull %d ms, incr push %d ms, incr pull %d ms, "
                                + "load p99 %.1f ms, lost %d (CPU of the JVM: push %d ms, pull %d ms, incr push %d ms, "
                                + "incr pull %d ms)%n",
                        run < 0 ? "warm-up run " + (run + warmup + 1) + " (not counted)" : "run " + (run + 1),
                        t[0],
                        t[1],
                        t[2],
                        t[3],
                        load[0],
                        (int) load[1],
                        cpu[0],
                        cpu[1],
                        cpu[2],
                        cpu[3]);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", records);
        out.put("bytes", bytes);
        out.put("runs", runs);
        out.put("push_ms_median", median(push));
        out.put("pull_ms_median", median(pull));
        out.put("incr_push_ms_median", median(incrPush));
        out.put("incr_pull_ms_median", median(incrPull));
        out.put("load_devices", LOAD_DEVICES);
        out.put("load_p99_ms", Math.round(medianD(p99) * 10) / 10.0);
        out.put("load_lost", lost);
        if (Boolean.parseBoolean(System.getProperty("bench.scale", "true"))) {
            lost += scale(out);
        }
        String json = Json.write(out);
        Path file = Path.of("target", "bench", "sync.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json + "\n");
        System.out.flush();
        System.err.flush();
        System.out.println(json);
        assertThat(lost).isZero();
    }

    /**
     * The scale phase (-Dbench.scale=false skips it): the same device load on a real PostgreSQL, first through two
     * server instances sharing one database, then through one instance on a fresh database. Adds its figures to
     * {@code out}; returns the changes lost in both.
     */
    private static int scale(Map<String, Object> out) throws Exception {
        int orgs = Integer.getInteger("bench.scale.orgs", 50);
        int devicesPerOrg = Integer.getInteger("bench.scale.devices", 40);
        try (ScaleLoad scale = ScaleLoad.start()) {
            // Untimed first: the earlier phases ran on H2, so PostgreSQL's driver and plans are still cold here.
            ScaleLoad.Result warmup = scale.run(2, Math.max(1, orgs / 10), devicesPerOrg);
            System.err.println("bench scale warm-up (not counted): " + warmup);
            ScaleLoad.Result two = scale.run(2, orgs, devicesPerOrg);
            System.err.println("bench scale: " + two);
            ScaleLoad.Result one = scale.run(1, orgs, devicesPerOrg);
            System.err.println("bench scale, one instance: " + one);
            out.put("scale_devices", two.devices());
            out.put("scale_instances", two.instances());
            out.put("scale_p99_ms", two.p99Ms());
            out.put("scale_lost", two.lost());
            out.put("scale_wall_ms", two.wallMs());
            out.put("scale_single_p99_ms", one.p99Ms());
            out.put("scale_single_lost", one.lost());
            out.put("scale_single_wall_ms", one.wallMs());
            return warmup.lost() + two.lost() + one.lost();
        }
    }

    private LocalStore phone(String name) throws IOException {
        LocalProfile profile = new LocalProfile(UUID.randomUUID(), name, Role.COUNSELLOR, null);
        return new LocalStore(
                new EncryptedStore(dir.resolve("phone" + (++phoneCount)), CLOCK, 1000).create("123456".toCharArray()),
                profile,
                CLOCK);
    }

    /** Returns {push, pull, incremental push, incremental pull} in ms. */
    private long[] mainPhases(RealServer server, Path runDir, int records, int bytes, int incrRounds) throws Exception {
        Random random = new Random(42);
        RealServer.User camille = server.createUser("Camille", "COUNSELLOR", null);
        try (LocalStore a = phone("a");
                LocalStore b = phone("b")) {
            new SyncEngine(a, HTTP, CLOCK).pairing().pair(server.baseUrl(), server.pairingCode(camille), "A");
            new SyncEngine(b, HTTP, CLOCK).pairing().pair(server.baseUrl(), server.pairingCode(camille), "B");
            // N records, ~B bytes of JSON each, over a caseload of 50 people, written before timing.
            int people = 50;
            List<UUID> beneficiaries = new ArrayList<>();
            List<UUID> barriers = new ArrayList<>();
            a.database().inTransaction(c -> {
                for (int i = 0; i < people; i++) {
                    UUID id = JalonsRecord.newId(); // as the app makes ids
                    beneficiaries.add(id);
                    a.beneficiaries()
                            .save(
                                    c,
                                    new Beneficiary(
                                            id,
                                            "Personne " + i,
                                            null,
                                            LocalDate.of(2026, 1, 5),
                                            null,
                                            camille.id(),
                                            List.of(),
                                            null,
                                            null));
                }
                // JSON of a barrier change without its note: ~230 bytes (ids, kind, op, fields, createdAt).
                int noteLength = Math.max(10, bytes - 230);
                for (int i = people; i < records; i++) {
                    UUID id = JalonsRecord.newId(); // as the app makes ids
                    barriers.add(id);
                    a.barriers()
                            .save(
                                    c,
                                    new Barrier(
                                            id,
                                            beneficiaries.get(i % people),
                                            Term.of(AREAS.get(i % AREAS.size())),
                                            BarrierStatus.BESOIN,
                                            text(random, noteLength)));
                }
                return null;
            });
            BenchAccess syncA = new BenchAccess(a, HTTP, CLOCK);
            BenchAccess syncB = new BenchAccess(b, HTTP, CLOCK);
            long t0 = System.nanoTime();
            long cpu0 = cpuMs();
            int pushed = syncA.push();
            long pushMs = ms(t0);
            cpu[0] = cpuMs() - cpu0;
            assertThat(pushed).isEqualTo(records);
            syncA.pull(); // A takes its own records back (not timed)

            long t1 = System.nanoTime();
            long cpu1 = cpuMs();
            int pulled = syncB.pull();
            long pullMs = ms(t1);
            cpu[1] = cpuMs() - cpu1;
            assertThat(pulled).isGreaterThanOrEqualTo(records);

            // 100 edits on A, pushed; then B pulls them. The warm-up run does it incrRounds times, the last one timed.
            for (int round = 1; round < incrRounds; round++) {
                edit(a, barriers, random);
                syncA.push();
                syncB.pull();
            }
            edit(a, barriers, random);
            long t2 = System.nanoTime();
            long cpu2 = cpuMs();
            int incr = syncA.push();
            long incrPushMs = ms(t2);
            cpu[2] = cpuMs() - cpu2;
            assertThat(incr).isEqualTo(INCR);
            long t3 = System.nanoTime();
            long cpu3 = cpuMs();
            int incrPulled = syncB.pull();
            long incrPullMs = ms(t3);
            cpu[3] = cpuMs() - cpu3;
            assertThat(incrPulled).isGreaterThanOrEqualTo(INCR - 5); // the same barrier may be edited twice
            return new long[] {pushMs, pullMs, incrPushMs, incrPullMs};
        }
    }

    /** 100 edits of random barriers on {@code phone}: status POINT_APPUI, a note prefixed with the edit. */
    private static void edit(LocalStore phone, List<UUID> barriers, Random random) {
        phone.database().inTransaction(c -> {
            for (int i = 0; i < INCR; i++) {
                UUID id = barriers.get(random.nextInt(barriers.size()));
                Barrier current = phone.barriers().find(id).orElseThrow();
                phone.barriers()
                        .save(
                                c,
                                new Barrier(
                                        id,
                                        current.beneficiaryId(),
                                        current.area(),
                                        BarrierStatus.POINT_APPUI,
                                        "édité " + i + " "
                                                + current.note()
                                                        .substring(
                                                                0,
                                                                Math.min(
                                                                        current.note()
                                                                                .length(),
                                                                        3000))));
            }
            return null;
        });
    }

    private static String text(Random random, int length) {
        String words = "Je me sens capable de prendre le bus seule pour aller au chantier et de revenir ";
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.append(words, random.nextInt(20), words.length());
        }
        return sb.substring(0, length);
    }

    /**
     * 500 devices, each its own counsellor with one new person: pairing first (not timed), then on a bounded pool
     * each pushes 20 changes (the person and 19 barriers) and pulls from 0. Returns {p99 ms, records lost}.
     */
    private double[] load(RealServer server) throws Exception {
        OkHttpClient client = new OkHttpClient.Builder().build();
        client.dispatcher().setMaxRequestsPerHost(LOAD_THREADS);
        client.connectionPool();
        String base = server.baseUrl();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < LOAD_DEVICES; i++) {
            RealServer.User user = server.createUser("Conseiller " + i, "COUNSELLOR", null);
            tokens.add(pair(client, base, server.pairingCode(user), "load " + i));
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger lost = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(LOAD_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < LOAD_DEVICES; i++) {
                int device = i;
                done.add(pool.submit(() -> {
                    loadDevice(client, base, base, tokens.get(device), new Random(device), latencies, lost);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6;
        return new double[] {p99, lost.get()};
    }

    /** Pairs a device with a one-time code over HTTP; returns its token. */
    static String pair(OkHttpClient client, String base, String code, String deviceName) throws IOException {
        JsonNode paired = call(
                client,
                new Request.Builder()
                        .url(base + "/api/v1/pair")
                        .header("Jalons-Protocol", "1")
                        .post(RequestBody.create(Json.write(Map.of("code", code, "deviceName", deviceName)), JSON))
                        .build(),
                null);
        return paired.get("token").asText();
    }

    /**
     * One device of a load phase: pushes 20 changes (a new person and 19 barriers) to {@code pushBase}, then pulls
     * from 0 on {@code pullBase} (the same server, or another instance on the same database); every pushed change
     * not applied, or not served back with the fields sent, counts as lost. Every request is timed.
     */
    static void loadDevice(
            OkHttpClient client,
            String pushBase,
            String pullBase,
            String token,
            Random random,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicInteger lost)
            throws Exception {
        UUID person = new UUID(random.nextLong(), random.nextLong());
        List<Map<String, Object>> changes = new ArrayList<>();
        Map<UUID, Map<String, Object>> sent = new LinkedHashMap<>();
        for (int i = 0; i < LOAD_CHANGES; i++) {
            UUID id = i == 0 ? person : new UUID(random.nextLong(), random.nextLong());
            Map<String, Object> fields = i == 0
                    ? Map.of("displayName", "Personne", "entryDate", "2026-01-05")
                    : Map.of("area", AREAS.get(i % AREAS.size()).name(), "status", "BESOIN", "note", text(random, 200));
            sent.put(id, fields);
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("changeId", new UUID(random.nextLong(), random.nextLong()));
            change.put("recordId", id);
            change.put("kind", i == 0 ? "beneficiary" : "barrier");
            change.put("beneficiaryId", person);
            change.put("op", "upsert");
            change.put("baseVersion", 0);
            change.put("fields", fields);
            change.put("createdAt", "2026-11-26T09:30:00Z");
            changes.add(change);
        }
        Map<String, Object> body = Map.of("protocol", 1, "changes", changes);
        JsonNode pushed = timed(
                latencies,
                () -> call(
                        client,
                        new Request.Builder()
                                .url(pushBase + "/api/v1/sync/push")
                                .header("Jalons-Protocol", "1")
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Encoding", "gzip")
                                .post(gzip(Json.write(body)))
                                .build(),
                        null));
        for (JsonNode r : pushed.get("results")) {
            if (!"APPLIED".equals(r.get("status").asText())) {
                lost.incrementAndGet();
            }
        }
        Set<UUID> seen = new HashSet<>();
        long cursor = 0;
        boolean more = true;
        // 20 records fit one page: a server still saying hasMore after 100 pages is a fault, not a slow answer.
        for (int pages = 0; more; pages++) {
            if (pages == 100) {
                throw new IllegalStateException("pull still has more after 100 pages at cursor " + cursor);
            }
            long from = cursor;
            JsonNode page = timed(
                    latencies,
                    () -> call(
                            client,
                            new Request.Builder()
                                    .url(pullBase + "/api/v1/sync/pull?cursor=" + from + "&limit=500")
                                    .header("Jalons-Protocol", "1")
                                    .header("Authorization", "Bearer " + token)
                                    .get()
                                    .build(),
                            null));
            for (JsonNode r : page.get("records")) {
                UUID id = UUID.fromString(r.get("id").asText());
                Map<String, Object> expected = sent.get(id);
                if (expected != null && Json.MAPPER.valueToTree(expected).equals(r.get("fields"))) {
                    seen.add(id);
                }
            }
            cursor = page.get("cursor").asLong();
            more = page.get("hasMore").asBoolean();
        }
        for (UUID id : sent.keySet()) {
            if (!seen.contains(id)) {
                lost.incrementAndGet();
            }
        }
    }

    private interface Call {
        JsonNode run() throws Exception;
    }

    private static JsonNode timed(ConcurrentLinkedQueue<Long> latencies, Call call) throws Exception {
        long t = System.nanoTime();
        JsonNode result = call.run();
        latencies.add(System.nanoTime() - t);
        return result;
    }

    private static RequestBody gzip(String json) throws IOException {
        Buffer buffer = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(buffer))) {
            sink.writeUtf8(json);
        }
        return RequestBody.create(buffer.readByteString(), JSON);
    }

    private static JsonNode call(OkHttpClient client, Request request, Object unused) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException(request.url() + " answered " + response.code() + " " + text);
            }
            return Json.MAPPER.readTree(text);
        }
    }

    /** CPU time of this JVM (client and server), which moves less than wall time on a shared machine. */
    private static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    private static long ms(long start) {
        return Math.round((System.nanoTime() - start) / 1e6);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double medianD(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
