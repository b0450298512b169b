package org.jalons.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Json;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.summary.store.SummaryRollups;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Summary benchmark (profile bench only): generates the bench organisation on H2 and on the
 * embedded PostgreSQL, then times a full-organisation summary and a filtered one (site + quarter +
 * theme) over real HTTP. Writes target/bench/summary.json; the bench profile prints it last.
 */
class SummaryBench {

    static final long SEED = 20260701L;
    static final String FULL = "period=quarter&from=2026-07-01";
    static final String FILTERED = "period=year&from=2026-01-01&site=Site%203";
    static final String FULL_YEAR = "period=year&from=2026-01-01";
    static final int WARM_UP = 5;
    static final int RUNS = Integer.getInteger("bench.runs", 21);

    @Test
    void summariesOfOneHundredThousandPeople() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("bench.summary"), "run with -Dbench.summary=true");
        ObjectNode result = Json.object();
        result.put("seed", SEED);
        ObjectNode medians = Json.object();
        for (Backend backend : backends()) {
            String name = backend.name().toLowerCase();
            try {
                ObjectNode db = measure(backend);
                result.set(name, db);
                medians.put(
                        name,
                        Math.max(
                                db.get("full_ms_median").asDouble(),
                                db.get("filtered_ms_median").asDouble()));
            } catch (Exception | AssertionError e) { // one database failing still reports the other
                result.putObject(name)
                        .put(
                                "error",
                                String.valueOf(e.getMessage())
                                        .lines()
                                        .findFirst()
                                        .orElse(""));
                medians.putNull(name);
            }
            write(result, medians);
        }
        int large = Integer.getInteger("bench.summary.people", 0);
        if (large > 0) { // the large run: PostgreSQL only, its load time and medians under their own key
            ObjectNode db = measure(Backend.POSTGRES, large);
            result.set("postgres_" + large, db);
            System.out.printf(
                    "summary at %,d people on PostgreSQL: loaded in %,d ms (roll-ups %,d ms), medians full %s ms,"
                            + " filtered %s ms, full year %s ms%n",
                    large,
                    db.get("generate_ms").asLong(),
                    db.get("rollup_ms").asLong(),
                    db.get("full_ms_median").asText(),
                    db.get("filtered_ms_median").asText(),
                    db.get("full_year_ms_median").asText());
            write(result, medians);
        }
    }

    /**
     * The "create index" statements of the summary migrations (V2 facts, V3 roll-ups and the later ones), less the
     * indexes a later migration dropped (V6): the secondary indexes the summary tables have once migrated.
     */
    private static List<String> secondaryIndexes() throws Exception {
        Path folder = Path.of(SummaryBench.class
                .getResource("/org/jalons/server/db/migration/")
                .toURI());
        List<Path> migrations;
        try (var files = Files.list(folder)) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.getFileName()
                            .toString()
                            .substring(1, f.getFileName().toString().indexOf("__")))))
                    .filter(f -> !f.getFileName().toString().startsWith("V1__"))
                    .toList();
        }
        java.util.Map<String, String> indexes = new java.util.LinkedHashMap<>();
        for (Path migration : migrations) {
            String sql = Files.readAllLines(migration).stream()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(java.util.stream.Collectors.joining(" "));
            for (String statement : sql.split(";")) {
                String l = statement.strip().replaceAll("\\s+", " "); // a statement may span lines (V5)
                if (l.startsWith("create index")) {
                    indexes.put(l.split("\\s+")[2], l);
                } else if (l.startsWith("drop index")) {
                    indexes.remove(l.split("\\s+")[2]);
                }
            }
        }
        return new ArrayList<>(indexes.values());
    }

    /** -Dbench.backends=postgres,h2 (the default) or either one alone. */
    private static List<Backend> backends() {
        return java.util.Arrays.stream(
                        System.getProperty("bench.backends", "postgres,h2").split(","))
                .map(name -> Backend.valueOf(name.strip().toUpperCase()))
                .toList();
    }

    /** The medians go last so that they end the printed line. */
    private static void write(ObjectNode result, ObjectNode medians) throws java.io.IOException {
        ObjectNode copy = result.deepCopy();
        copy.set("summary_ms_median", medians);
        Path out = Path.of("target", "bench", "summary.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.write(copy) + "\n");
    }

    private ObjectNode measure(Backend backend) throws Exception {
        return measure(backend, Integer.getInteger("bench.people", SummaryDataGenerator.PEOPLE));
    }

    /** Generates {@code people} (written in batches: memory stays bounded) and times the three summaries. */
    private ObjectNode measure(Backend backend, int people) throws Exception {
        // a larger page cache than H2's default: the bench database is about 1.5 GB
        String url = TestServers.newDatabase(backend) + (backend == Backend.H2 ? ";CACHE_SIZE=1048576" : "");
        try (JalonsServer server = JalonsServer.start(TestServers.config(backend, url))) {
            var bootstrap = server.bootstrap("Bench structure", "Admin");
            User supervisorUser = server.createUser(bootstrap.organisationId(), "Direction", Role.SUPERVISOR, null);
            Api api = new Api(server.baseUrl());
            String token = Org.pair(api, server.issuePairingCode(supervisorUser).code(), "Bench")
                    .get("token")
                    .asText();
            long start = System.nanoTime();
            SummaryDataGenerator.Counts counts;
            long rollupMs;
            try (Connection c = TestServers.connect(backend, url)) {
                // a bulk load: secondary indexes are built once at the end, not row by row
                List<String> indexes = secondaryIndexes();
                try (Statement s = c.createStatement()) {
                    for (String index : indexes) {
                        s.execute("drop index " + index.split("\\s+")[2]);
                    }
                }
                counts = new SummaryDataGenerator(bootstrap.organisationId(), SEED, people).generate(c);
                // the facts were written in bulk, not pushed: build their roll-ups as the migration does
                long rollupStart = System.nanoTime();
                c.setAutoCommit(false);
                SummaryRollups.rebuild(c, bootstrap.organisationId());
                c.commit();
                c.setAutoCommit(true);
                rollupMs = (System.nanoTime() - rollupStart) / 1_000_000;
                try (Statement s = c.createStatement()) {
                    for (String index : indexes) {
                        s.execute(index);
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
            }
            long generateMs = (System.nanoTime() - start) / 1_000_000;
            ObjectNode db = Json.object();
            db.put("generate_ms", generateMs);
            db.put("rollup_ms", rollupMs);
            db.set("rows", Json.MAPPER.valueToTree(counts));
            db.put("full_ms_median", median(api, token, FULL));
            db.put("filtered_ms_median", median(api, token, FILTERED));
            db.put("full_year_ms_median", median(api, token, FULL_YEAR));
            db.put("full_query", FULL);
            db.put("filtered_query", FILTERED);
            return db;
        }
    }

    private static double median(Api api, String token, String query) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            Api.Response response = api.get("/api/v1/summary?" + query, token);
            double ms = (System.nanoTime() - start) / 1e6;
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            if (i >= WARM_UP) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        return Math.round(times.get(times.size() / 2) * 10) / 10.0;
    }
}
