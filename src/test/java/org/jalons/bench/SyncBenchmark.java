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
 *
 * <p>{@code -Dbench.link=3g} (or {@code edge}) puts a {@link LinkRelay} of that {@link Link} between the phones and
 * the server for the four phases of the engine (the device load stays on the loopback); every phase prints the bytes
 * the phones sent and received, and over a link its floor (bytes at the link's rates plus one round trip) and the
 * ratio to it. {@code -Dbench.serverPort=P} makes the server listen on P and {@code -Dbench.clientPort=Q} the phones
 * connect to Q: without a link an outside proxy from Q to P sits between them, with one the relay listens on Q.
 */
class SyncBenchmark {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP = HttpSettings.defaults();
    private static final int LOAD_DEVICES = Integer.getInteger("bench.devices", 500);
    private static final int LOAD_CHANGES = 20;
    private static final int LOAD_THREADS = 16;
    private static final Link LINK = Link.named(System.getProperty("bench.link", "none"));
    private static final int SERVER_PORT = Integer.getInteger("bench.serverPort", 0);
    private static final int CLIENT_PORT = Integer.getInteger("bench.clientPort", 0);
    private static final List<String> PHASES = List.of("push", "pull", "incr_push", "incr_pull");
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
    /** Per run, how long after the first push the server's summary projector had counted it all. */
    private final List<Long> projectorLag = new ArrayList<>();

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
        Map<String, List<Phase>> phases = new LinkedHashMap<>();
        PHASES.forEach(name -> phases.put(name, new ArrayList<>()));
        int lost = 0;
        for (int run = -warmup; run < runs; run++) {
            Path runDir = dir.resolve("run" + (run + warmup));
            try (RealServer server = RealServer.start(runDir.resolve("server"), SERVER_PORT);
                    LinkRelay relay = LINK == null ? null : LinkRelay.start(LINK, CLIENT_PORT, server.port())) {
                String phoneBase = relay != null
                        ? "http://127.0.0.1:" + relay.port()
                        : CLIENT_PORT != 0 ? "http://127.0.0.1:" + CLIENT_PORT : server.baseUrl();
                System.err.printf(
                        "bench: server on port %d, phones talk to %s%s%n",
                        server.port(), phoneBase, relay == null ? "" : " (the " + LINK.name() + " link emulator)");
                Phase[] measured = mainPhases(server, phoneBase, records, bytes, run < 0 ? WARMUP_INCR_ROUNDS : 1);
                long[] t = new long[measured.length];
                for (int i = 0; i < measured.length; i++) {
                    t[i] = measured[i].ms();
                    System.err.printf(
                            "bench %s: %s%n",
                            run < 0 ? "warm-up run " + (run + warmup + 1) : "run " + (run + 1),
                            measured[i].describe(PHASES.get(i)));
                    if (run >= 0) {
                        phases.get(PHASES.get(i)).add(measured[i]);
                    }
                }
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
        out.put("link", LINK == null ? "none" : LINK.name());
        phases.forEach((name, list) -> {
            out.put(
                    name + "_bytes_up_median",
                    median(list.stream().map(Phase::up).toList()));
            out.put(
                    name + "_bytes_down_median",
                    median(list.stream().map(Phase::down).toList()));
            out.put(
                    name + "_requests_median",
                    median(list.stream().map(Phase::requests).toList()));
            if (LINK != null) {
                out.put(
                        name + "_floor_ms_median",
                        median(list.stream().map(p -> Math.round(p.floorMs())).toList()));
                out.put(
                        name + "_floor_ratio_median",
                        Math.round(medianD(list.stream().map(Phase::ratio).toList()) * 100) / 100.0);
                out.put(
                        name + "_one_by_one_floor_ms_median",
                        median(list.stream()
                                .map(p -> Math.round(p.oneByOneFloorMs()))
                                .toList()));
            }
        });
        out.put("load_devices", LOAD_DEVICES);
        out.put("load_p99_ms", Math.round(medianD(p99) * 10) / 10.0);
        out.put("load_lost", lost);
        out.put("projector_lag_ms", median(projectorLag.subList(warmup, projectorLag.size())));
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

    /**
     * One timed phase: its wall time and the bytes the phones sent (up) and received (down) during it, as they
     * crossed the wire.
     */
    private record Phase(long ms, long up, long down, long requests, long connections) {
        double floorMs() {
            return LINK.floorMs(up, down);
        }

        double ratio() {
            return ms / floorMs();
        }

        /**
         * The least these requests could take sent one after another, each waiting for the answer before it, with no
         * time spent computing: the bytes, one round trip per request and one per new connection. What a phase takes
         * above it is CPU (client and server); what this floor is above {@link #floorMs} is round trips.
         */
        double oneByOneFloorMs() {
            return LINK.floorMs(up, down, requests + connections);
        }

        String describe(String name) {
            String line = String.format(
                    "%s %d ms, %d B up, %d B down, %d requests on %d new connections",
                    name, ms, up, down, requests, connections);
            return LINK == null
                    ? line
                    : line
                            + String.format(
                                    ", %s floor %.0f ms, ratio %.2f (one request at a time: floor %.0f ms, ratio %.2f at best)",
                                    LINK.name(), floorMs(), ratio(), oneByOneFloorMs(), oneByOneFloorMs() / floorMs());
        }
    }

    /** Times {@code work} and counts the bytes the phones exchange meanwhile. */
    private Phase phase(WireCounter wire, int index, PhaseWork work) throws Exception {
        long up0 = wire.sent();
        long down0 = wire.received();
        long requests0 = wire.requests();
        long connections0 = wire.connections();
        long t0 = System.nanoTime();
        long cpu0 = cpuMs();
        work.run();
        long elapsed = ms(t0);
        cpu[index] = cpuMs() - cpu0;
        return new Phase(
                elapsed,
                wire.sent() - up0,
                wire.received() - down0,
                wire.requests() - requests0,
                wire.connections() - connections0);
    }

    private interface PhaseWork {
        void run() throws Exception;
    }

    /** Returns the push, pull, incremental push and incremental pull; the phones talk to {@code phoneBase}. */
    private Phase[] mainPhases(RealServer server, String phoneBase, int records, int bytes, int incrRounds)
            throws Exception {
        Random random = new Random(42);
        RealServer.User camille = server.createUser("Camille", "COUNSELLOR", null);
        try (LocalStore a = phone("a");
                LocalStore b = phone("b")) {
            new SyncEngine(a, HTTP, CLOCK).pairing().pair(phoneBase, server.pairingCode(camille), "A");
            new SyncEngine(b, HTTP, CLOCK).pairing().pair(phoneBase, server.pairingCode(camille), "B");
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
            WireCounter wire = new WireCounter();
            BenchAccess syncA = new BenchAccess(a, HTTP, CLOCK, wire, wire);
            BenchAccess syncB = new BenchAccess(b, HTTP, CLOCK, wire, wire);
            Phase push = phase(wire, 0, () -> assertThat(syncA.push()).isEqualTo(records));
            projectorLag.add(projectorCatchUpMs(server.baseUrl()));
            syncA.pull(); // A takes its own records back (not timed)

            Phase pull = phase(wire, 1, () -> assertThat(syncB.pull()).isGreaterThanOrEqualTo(records));

            // 100 edits on A, pushed; then B pulls them. The warm-up run does it incrRounds times, the last one timed.
            for (int round = 1; round < incrRounds; round++) {
                edit(a, barriers, random);
                syncA.push();
                syncB.pull();
            }
            int edited = edit(a, barriers, random);
            Phase incrPush = phase(wire, 2, () -> assertThat(syncA.push()).isEqualTo(INCR));
            // A barrier edited twice comes once.
            Phase incrPull = phase(wire, 3, () -> assertThat(syncB.pull()).isGreaterThanOrEqualTo(edited));
            return new Phase[] {push, pull, incrPush, incrPull};
        }
    }

    /**
     * 100 edits of random barriers on {@code phone}: status POINT_APPUI, a note prefixed with the edit. Returns how
     * many barriers were edited (a small data set has some edited twice).
     */
    private static int edit(LocalStore phone, List<UUID> barriers, Random random) {
        Set<UUID> edited = new HashSet<>();
        phone.database().inTransaction(c -> {
            for (int i = 0; i < INCR; i++) {
                UUID id = barriers.get(random.nextInt(barriers.size()));
                edited.add(id);
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
        return edited.size();
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

    /**
     * Milliseconds from now until {@code /health} says the summary projector has no change left to count (polled
     * every 5 ms); 0 from a server that counts them in the push (no {@code summaryProjection} in its answer).
     */
    private static long projectorCatchUpMs(String base) throws Exception {
        OkHttpClient client = new OkHttpClient();
        long start = System.nanoTime();
        while (true) {
            JsonNode health =
                    call(client, new Request.Builder().url(base + "/health").build(), null);
            JsonNode projection = health.path("summaryProjection");
            if (projection.isMissingNode()) {
                return 0;
            }
            if (projection.path("changesBehind").asLong() == 0) {
                return ms(start);
            }
            if (System.nanoTime() - start > 120_000_000_000L) {
                throw new IllegalStateException("the summary projector did not catch up in 2 minutes: " + health);
            }
            Thread.sleep(5);
        }
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
