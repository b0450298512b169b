package org.jalons.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import okio.GzipSource;
import okio.Okio;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.SyncScope;
import org.jalons.storage.SyncState;

/** A counsellor's phone (real encrypted H2 file) paired with a MockWebServer. */
final class SyncFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final String TOKEN = "device-token-1";

    final MockWebServer server = new MockWebServer();
    final LocalStore store;
    final List<Duration> sleeps = new ArrayList<>();
    final SyncEngine engine;

    SyncFixture(Path dir) throws IOException {
        this(dir, 100, 500);
    }

    SyncFixture(Path dir, int pushBatch, int pullPage) throws IOException {
        // the organisation's list, asked after the records at every sync, answers empty without a script's step
        server.setDispatcher(new okhttp3.mockwebserver.QueueDispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                MockResponse vocabulary = vocabulary(request);
                return vocabulary != null ? vocabulary : super.dispatch(request);
            }
        });
        server.start();
        store = new Profiles(dir, CLOCK, 1000).create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
        HttpSettings settings = HttpSettings.defaults()
                .withDelays(Duration.ofMillis(1), Duration.ofMillis(4))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        engine = new SyncEngine(store, SyncApi.newClient(settings, sleeps::add), CLOCK, pushBatch, pullPage);
    }

    /** Pairs without the network, as if the pairing had happened, with the pull cursor at {@code cursor}. */
    SyncFixture paired(long cursor, UUID... scope) {
        store.database().inTransaction(c -> {
            Pairing.save(
                    c,
                    new SyncAccount(
                            server.url("/").toString(),
                            UUID.randomUUID(),
                            TOKEN,
                            UUID.randomUUID(),
                            "COUNSELLOR",
                            UUID.randomUUID(),
                            "Camille Martin",
                            null));
            SyncState.put(c, SyncKeys.CURSOR, Long.toString(cursor));
            for (UUID b : scope) {
                SyncScope.put(c, b, "");
            }
            return null;
        });
        return this;
    }

    /** Answers the next requests in order with these steps, which may act on the phone while it waits. */
    @SafeVarargs
    final void script(java.util.function.Function<RecordedRequest, MockResponse>... steps) {
        java.util.Deque<java.util.function.Function<RecordedRequest, MockResponse>> queue =
                new java.util.concurrent.ConcurrentLinkedDeque<>(List.of(steps));
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse vocabulary = vocabulary(request);
                if (vocabulary != null) {
                    return vocabulary;
                }
                var step = queue.poll();
                return step == null ? error(500, "unscripted request " + request.getPath()) : step.apply(request);
            }
        });
    }

    private final java.util.concurrent.atomic.AtomicInteger vocabularyRequests =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The organisation's empty lists for {@code GET /api/v1/me/vocabulary} and {@code GET /api/v1/questionnaires}
     * (asked after the records); null for any other request.
     */
    private MockResponse vocabulary(RecordedRequest request) {
        if (!afterTheRecords(request)) {
            return null;
        }
        vocabularyRequests.incrementAndGet();
        if (request.getPath().startsWith("/api/v1/questionnaires")) {
            return json(java.util.Map.of("questionnaires", List.of()));
        }
        return json(java.util.Map.of("terms", List.of(), "merged", List.of()));
    }

    private static boolean afterTheRecords(RecordedRequest request) {
        String path = request.getPath();
        return path != null && (path.startsWith("/api/v1/me/vocabulary") || path.startsWith("/api/v1/questionnaires"));
    }

    /** The next request of the records' sync, skipping the organisation's list asked after them. */
    RecordedRequest takeSyncRequest() throws InterruptedException {
        while (true) {
            RecordedRequest request = server.takeRequest();
            if (!afterTheRecords(request)) {
                return request;
            }
        }
    }

    /** The requests of the records' sync, without the organisation's list asked after them. */
    int syncRequests() {
        return server.getRequestCount() - vocabularyRequests.get();
    }

    java.util.Optional<org.jalons.storage.SyncShadow.State> shadow(UUID recordId) {
        return store.database().read(c -> org.jalons.storage.SyncShadow.find(c, recordId));
    }

    int shadowCount() {
        Integer n = store.database().read(org.jalons.storage.SyncShadow::count);
        return n;
    }

    void inScope(UUID beneficiaryId, String signature) {
        store.database().inTransaction(c -> {
            SyncScope.put(c, beneficiaryId, signature);
            return null;
        });
    }

    long cursor() {
        return Long.parseLong(store.syncState().get(SyncKeys.CURSOR).orElse("0"));
    }

    UUID newBeneficiary(String name) {
        UUID id = UUID.randomUUID();
        store.beneficiaries()
                .save(new Beneficiary(id, name, null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
        return id;
    }

    Goal newGoal(UUID beneficiaryId, String phrasing) {
        return store.goals().save(goal(UUID.randomUUID(), beneficiaryId, phrasing, GoalStatus.EN_COURS));
    }

    static Goal goal(UUID id, UUID beneficiaryId, String phrasing, GoalStatus status) {
        return new Goal(
                id,
                beneficiaryId,
                Term.of(GoalTheme.MOBILITE),
                phrasing,
                ProposedBy.JOINT,
                status,
                null,
                LocalDate.of(2026, 4, 1),
                null);
    }

    static MockResponse json(Object body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(Json.write(body));
    }

    static MockResponse error(int code, String error) {
        return json(Map.of("error", error, "message", "test")).setResponseCode(code);
    }

    static MockResponse pushAnswer(Map<?, ?>... results) {
        return json(Map.of("results", List.of(results)));
    }

    static Map<String, Object> applied(UUID changeId, long version, long seq) {
        return Map.of(
                "changeId", changeId.toString(), "status", "APPLIED", "code", 200, "version", version, "seq", seq);
    }

    static Map<String, Object> duplicate(UUID changeId, long version, long seq) {
        return Map.of(
                "changeId", changeId.toString(), "status", "DUPLICATE", "code", 200, "version", version, "seq", seq);
    }

    static Map<String, Object> rejected(UUID changeId, int code, String reason) {
        return Map.of("changeId", changeId.toString(), "status", "REJECTED", "code", code, "reason", reason);
    }

    static MockResponse pullPage(List<Map<String, Object>> records, long cursor, boolean hasMore, UUID... scope) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (UUID b : scope) {
            entries.add(Map.of("beneficiaryId", b.toString(), "signature", ""));
        }
        return json(Map.of("records", records, "cursor", cursor, "hasMore", hasMore, "scope", entries));
    }

    static MockResponse snapshotPage(List<Map<String, Object>> records, long cursor, String nextPage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("records", records);
        body.put("cursor", cursor);
        body.put("nextPage", nextPage);
        return json(body);
    }

    static Map<String, Object> record(
            long seq, String kind, UUID id, UUID beneficiaryId, long version, Map<String, Object> fields) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("seq", seq);
        r.put("kind", kind);
        r.put("id", id.toString());
        r.put("beneficiaryId", beneficiaryId.toString());
        r.put("version", version);
        r.put("deleted", false);
        r.put("fields", fields);
        return r;
    }

    static Map<String, Object> goalFields(String phrasing, String status) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("theme", "MOBILITE");
        f.put("phrasing", phrasing);
        f.put("proposedBy", "JOINT");
        f.put("status", status);
        f.put("targetDate", null);
        f.put("openedOn", "2026-04-01");
        f.put("closedOn", null);
        return f;
    }

    static Map<String, Object> beneficiaryFields(String name) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("displayName", name);
        f.put("entryDate", "2026-03-02");
        f.put("eligibility", List.of());
        return f;
    }

    /** The request body as the server reads it (gunzipped when sent compressed). */
    static String body(RecordedRequest request) throws IOException {
        Buffer raw = request.getBody().clone();
        if ("gzip".equals(request.getHeader("Content-Encoding"))) {
            try (var source = Okio.buffer(new GzipSource(raw))) {
                return source.readUtf8();
            }
        }
        return raw.readUtf8();
    }

    @Override
    public void close() throws IOException {
        store.close();
        server.shutdown();
    }
}
