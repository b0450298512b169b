package org.jalons.server.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Not a test (run it with {@code mvn -B -q -f sync-server/pom.xml test -Dtest=AuditBench}; {@code
 * -Daudit.rows=N} changes the size, {@code -Daudit.backends=h2} one database): the admin's audit viewer on a log of
 * 1,000,000 lines of one organisation (5,000 people, 200 accounts, 2,000 devices, two years, reads and writes mixed
 * as pulls make them) beside 100,000 of another. Each filter's first page of 50 lines (and a page 20 pages deep)
 * is read 21 times after 5 unmeasured ones; prints the median and the worst. Target: 100 ms.
 */
class AuditBench {
    private static final int ROWS = Integer.getInteger("audit.rows", 1_000_000);
    private static final int PEOPLE = 5_000;
    private static final int USERS = 200;
    private static final int DEVICES = 2_000;
    private static final String[] ACTIONS = {
        "READ_PULL",
        "READ_PULL",
        "READ_PULL",
        "READ_PULL",
        "UPDATE",
        "UPDATE",
        "CREATE",
        "READ_SNAPSHOT",
        "DELETE",
        "READ_SUMMARY",
        "PAIR",
        "CASELOAD_ADD"
    };
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(730);

    @Test
    void filteredPages() throws Exception {
        String backends = System.getProperty("audit.backends", "h2,postgres");
        for (String name : backends.split(",")) {
            Backend backend = Backend.valueOf(name.strip().toUpperCase(Locale.ROOT));
            run(backend);
        }
    }

    private static void run(Backend backend) throws Exception {
        String url = TestServers.newDatabase(backend);
        String user = backend == Backend.H2 ? "sa" : "postgres";
        UUID org = UUID.randomUUID();
        List<UUID> people = ids(PEOPLE, 1);
        List<UUID> users = ids(USERS, 2);
        List<UUID> devices = ids(DEVICES, 3);
        try (Database db = Database.open(url, user, "", 2)) {
            long loadStart = System.nanoTime();
            try (Connection c = TestServers.connect(backend, url)) {
                load(c, org, ROWS, people, users, devices, 7);
                load(c, UUID.randomUUID(), ROWS / 10, ids(PEOPLE / 10, 4), ids(20, 5), ids(200, 6), 8);
                if (backend == Backend.POSTGRES) {
                    try (var s = c.createStatement()) {
                        s.execute("analyze audit_log");
                    }
                }
            }
            long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
            Instant month = START.plus(Duration.ofDays(400));
            Map<String, AuditLog.Filter> filters = new LinkedHashMap<>();
            filters.put("no filter", new AuditLog.Filter(null, null, null, null, null, null));
            filters.put("a person", new AuditLog.Filter(people.get(17), null, null, null, null, null));
            filters.put("an account", new AuditLog.Filter(null, users.get(3), null, null, null, null));
            filters.put("a device", new AuditLog.Filter(null, null, devices.get(42), null, null, null));
            filters.put("a common action", new AuditLog.Filter(null, null, null, "UPDATE", null, null));
            filters.put("a rare action", new AuditLog.Filter(null, null, null, "CASELOAD_ADD", null, null));
            filters.put("an action absent", new AuditLog.Filter(null, null, null, "ERASE", null, null));
            filters.put("a month", new AuditLog.Filter(null, null, null, null, month, month.plus(Duration.ofDays(30))));
            filters.put(
                    "a person in a month",
                    new AuditLog.Filter(people.get(17), null, null, null, month, month.plus(Duration.ofDays(30))));
            filters.put(
                    "an account and an action", new AuditLog.Filter(null, users.get(3), null, "DELETE", null, null));
            Stores stores = Stores.create();
            System.out.printf(Locale.ROOT, "audit viewer, %s, %,d lines loaded in %,d ms%n", backend, ROWS, loadMs);
            for (var filter : filters.entrySet()) {
                print(backend, filter.getKey(), time(db, stores, org, filter.getValue(), false));
            }
            print(backend, "no filter, 20 pages deep", time(db, stores, org, filters.get("no filter"), true));
            print(backend, "a person, 20 pages deep", time(db, stores, org, filters.get("a person"), true));
        }
    }

    /** The timings of one page, and how many lines it held (a page that finds nothing is also timed). */
    private record Timed(List<Double> ms, int lines) {}

    private static void print(Backend backend, String what, Timed timed) {
        List<Double> ms = timed.ms();
        System.out.printf(
                Locale.ROOT,
                "audit viewer, %s, %s (%d lines): median %.2f ms, worst %.2f ms%n",
                backend,
                what,
                timed.lines(),
                ms.get(ms.size() / 2),
                ms.get(ms.size() - 1));
    }

    /** 21 timed reads of one page (after 5 unmeasured); {@code deep}: the page after 20 pages. */
    private static Timed time(Database db, Stores stores, UUID org, AuditLog.Filter filter, boolean deep) {
        Long before = null;
        if (deep) {
            before = db.inTransaction(c -> {
                Long cursor = null;
                for (int i = 0; i < 20; i++) {
                    List<AuditLog.Line> page = stores.audit().page(c, org, filter, cursor, 50);
                    if (page.isEmpty()) {
                        break;
                    }
                    cursor = page.get(page.size() - 1).id();
                }
                return cursor;
            });
        }
        Long from = before;
        List<Double> ms = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i < 26; i++) {
            long start = System.nanoTime();
            lines = db.inTransaction(c -> stores.audit().page(c, org, filter, from, 51))
                    .size();
            if (i >= 5) {
                ms.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(ms);
        return new Timed(ms, lines);
    }

    private static void load(
            Connection c, UUID org, int rows, List<UUID> people, List<UUID> users, List<UUID> devices, long seed)
            throws Exception {
        Random random = new Random(seed);
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("""
                insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind, record_id,
                                       change_id, seq, beneficiary_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            long step = SPAN.toMillis() / rows;
            for (int i = 0; i < rows; i++) {
                String action = ACTIONS[random.nextInt(ACTIONS.length)];
                int who = random.nextInt(users.size());
                UUID person = people.get(random.nextInt(people.size()));
                boolean write = action.equals("UPDATE") || action.equals("CREATE") || action.equals("DELETE");
                insert.setObject(1, org);
                insert.setObject(2, users.get(who));
                insert.setObject(3, devices.get((who * 10 + random.nextInt(10)) % devices.size()));
                insert.setTimestamp(4, Timestamp.from(START.plusMillis(i * step)));
                insert.setString(5, action);
                insert.setString(6, write ? "goal" : "person");
                insert.setObject(7, write ? UUID.randomUUID() : person);
                insert.setObject(8, write ? UUID.randomUUID() : null);
                if (write) {
                    insert.setLong(9, i);
                } else {
                    insert.setNull(9, java.sql.Types.BIGINT);
                }
                insert.setObject(10, action.equals("READ_SUMMARY") || action.equals("PAIR") ? null : person);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    private static List<UUID> ids(int n, long seed) {
        Random random = new Random(seed);
        List<UUID> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return ids;
    }
}
