package org.jalons.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.jalons.server.JalonsServer;
import org.jalons.server.ServerConfig;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;

/**
 * The scale phase of {@link SyncBenchmark}: one embedded PostgreSQL on 127.0.0.1 and, per run, a fresh database with
 * one or more {@link JalonsServer} instances on it. A run bootstraps its organisations and pairs their devices (not
 * timed); then every device pushes 20 changes to one instance and pulls from the next one
 * ({@link SyncBenchmark#loadDevice}), the devices of all organisations mixed in one fixed order on a bounded pool.
 */
final class ScaleLoad implements AutoCloseable {
    private static final int THREADS = 16;
    /** A run still going after this long is stuck, not slow: it fails rather than hangs the build. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(20);

    /** The figures of one run; latencies are per request (push or pull page). */
    record Result(
            int instances,
            int organisations,
            int devices,
            int requests,
            double p50Ms,
            double p99Ms,
            double maxMs,
            long wallMs,
            int lost) {
        @Override
        public String toString() {
            return String.format(
                    "%d instance(s), %d organisations, %d devices: %d requests in %d ms, p50 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms, lost %d",
                    instances, organisations, devices, requests, wallMs, p50Ms, p99Ms, maxMs, lost);
        }
    }

    private record Device(int index, String pushBase, String pullBase, String token) {}

    private final EmbeddedPostgres postgres;
    private int databases;

    private ScaleLoad(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static ScaleLoad start() throws IOException {
        return new ScaleLoad(EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start());
    }

    /** {@code organisations} × {@code devicesPerOrganisation} devices through {@code instances} servers. */
    Result run(int instances, int organisations, int devicesPerOrganisation) throws Exception {
        String url = newDatabase();
        List<JalonsServer> servers = new ArrayList<>();
        OkHttpClient client = new OkHttpClient.Builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        try {
            for (int i = 0; i < instances; i++) {
                servers.add(JalonsServer.start(ServerConfig.jdbc(url, "postgres", "")));
            }
            List<Device> devices = pair(servers, organisations, devicesPerOrganisation, client, pool, deadline);
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger lost = new AtomicInteger();
            List<Callable<Void>> load = new ArrayList<>();
            for (Device device : devices) {
                load.add(() -> {
                    SyncBenchmark.loadDevice(
                            client,
                            device.pushBase(),
                            device.pullBase(),
                            device.token(),
                            new Random(device.index()),
                            latencies,
                            lost);
                    return null;
                });
            }
            long start = System.nanoTime();
            awaitAll(pool, load, deadline);
            long wallMs = Math.round((System.nanoTime() - start) / 1e6);
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(
                    instances,
                    organisations,
                    devices.size(),
                    sorted.size(),
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    percentile(sorted, 1.0),
                    wallMs,
                    lost.get());
        } finally {
            pool.shutdownNow();
            servers.forEach(JalonsServer::stop);
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /**
     * Bootstraps the organisations and pairs a counsellor's device per slot, each with the instance it pushes to.
     * Returns the devices shuffled with a fixed seed, so the pool always runs devices of many organisations at once.
     */
    private static List<Device> pair(
            List<JalonsServer> servers,
            int organisations,
            int devicesPerOrganisation,
            OkHttpClient client,
            ExecutorService pool,
            long deadline)
            throws Exception {
        List<Callable<Device>> pairings = new ArrayList<>();
        for (int o = 0; o < organisations; o++) {
            UUID organisation =
                    servers.get(0).bootstrap("Organisation " + o, "Admin " + o).organisationId();
            for (int d = 0; d < devicesPerOrganisation; d++) {
                int index = o * devicesPerOrganisation + d;
                String pushBase = servers.get(index % servers.size()).baseUrl();
                String pullBase = servers.get((index + 1) % servers.size()).baseUrl();
                pairings.add(() -> {
                    User user = servers.get(0).createUser(organisation, "Conseiller " + index, Role.COUNSELLOR, null);
                    String code = servers.get(0).issuePairingCode(user).code();
                    return new Device(
                            index, pushBase, pullBase, SyncBenchmark.pair(client, pushBase, code, "scale " + index));
                });
            }
        }
        List<Device> devices = awaitAll(pool, pairings, deadline);
        Collections.shuffle(devices, new Random(7));
        return devices;
    }

    /** Runs the tasks on the pool and waits for them all, but never past the deadline. */
    private static <T> List<T> awaitAll(ExecutorService pool, List<Callable<T>> tasks, long deadline) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        }
        return results;
    }

    private static double percentile(List<Long> sortedNanos, double fraction) {
        double ms = sortedNanos.get((int) Math.ceil(sortedNanos.size() * fraction) - 1) / 1e6;
        return Math.round(ms * 10) / 10.0;
    }

    private String newDatabase() throws SQLException {
        String name = "scale_" + (++databases);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** Stops PostgreSQL (each run has stopped its own servers). */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
