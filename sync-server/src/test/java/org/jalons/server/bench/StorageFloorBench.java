package org.jalons.server.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jalons.server.store.Database;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Not a test (run it with {@code mvn -B -q -f sync-server/pom.xml test -Dtest=StorageFloorBench}): the H2 write
 * floor of a first push of 10,000 records of about 300 bytes, on the server's schema and URL settings, with no sync
 * logic at all: no HTTP, no JSON, no checks, no merge, rows written as JDBC batches of 500 and committed per batch
 * as a push does. Each level adds the rows a push writes per created record: the record itself; its applied change
 * (idempotency); its audit entry; a barrier transition (summary facts). Five fresh databases per level in one warm
 * JVM; prints the median and the best ({@code -Dfloor.batch=2500} or {@code 10000}: larger transactions, slower). What the real push takes above these figures is the sync logic, the
 * transport and the phone. {@link #incrementalFloor} does the same for the benchmark's 100-edit push.
 */
class StorageFloorBench {
    private static final int RECORDS = 10_000;
    private static final int BATCH = Integer.getInteger("floor.batch", 500);

    @Test
    void floor() throws Exception {
        String fields = "{\"area\":\"MOBILITE\",\"status\":\"BESOIN\",\"note\":\"" + "x".repeat(200) + "\"}";
        String versions = "{\"area\":{\"v\":1,\"d\":\"" + UUID.randomUUID() + "\"},\"status\":{\"v\":1,\"d\":\""
                + UUID.randomUUID() + "\"},\"note\":{\"v\":1,\"d\":\"" + UUID.randomUUID() + "\"}}";
        String result = "{\"changeId\":\"" + UUID.randomUUID() + "\",\"status\":\"APPLIED\",\"version\":1,"
                + "\"seq\":123456,\"conflictIds\":[]}";
        String[] levels = {"records", "+ applied changes", "+ audit entries", "+ barrier transitions"};
        for (int round = 0; round < 6; round++) { // round 0 warms the JVM up and is not printed
            for (int level = 0; level < levels.length; level++) {
                List<Long> ms = new ArrayList<>();
                for (int rep = 0; rep < 5; rep++) {
                    ms.add(once(level, fields, versions, result));
                }
                Collections.sort(ms);
                if (round == 5) {
                    System.out.printf(
                            "storage floor, %,d records, %s: median %d ms, best %d ms%n",
                            RECORDS, levels[level], ms.get(2), ms.get(0));
                }
            }
        }
    }

    private static long once(int level, String fields, String versions, String result) throws Exception {
        UUID org = UUID.randomUUID();
        try (Connection c = newDatabase(org)) {
            List<UUID> people = people();
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long seq = 0;
            long start = System.nanoTime();
            try (PreparedStatement record = c.prepareStatement("""
                    insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted,
                      sensitive_category, fields, field_versions, updated_at)
                    values (?, ?, 'barrier', ?, 1, ?, false, null, ?, ?, ?)""");
                    Beside beside = new Beside(c, level, org, now)) {
                for (int batch = 0; batch < RECORDS / BATCH; batch++) {
                    for (int i = 0; i < BATCH; i++) {
                        UUID id = v7(seq);
                        UUID person = people.get((int) (seq % people.size()));
                        seq++;
                        record.setObject(1, org);
                        record.setObject(2, id);
                        record.setObject(3, person);
                        record.setLong(4, seq);
                        record.setString(5, fields);
                        record.setString(6, versions);
                        record.setTimestamp(7, now);
                        record.addBatch();
                        beside.add(id, v7(seq + RECORDS), person, seq, "CREATE", result, null, "BESOIN");
                    }
                    record.executeBatch();
                    beside.write();
                    c.commit();
                }
            }
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    /**
     * The same floor for the benchmark's incremental push: 100 of 10,000 records, drawn at random, read then
     * rewritten (new version, seq, fields) in one transaction, 400 times on one database; each level adds their
     * applied changes, audit entries and barrier transitions. Prints the median of the last 300.
     */
    @Test
    void incrementalFloor() throws Exception {
        String[] levels = {"records", "+ applied changes", "+ audit entries", "+ barrier transitions"};
        for (int level = 0; level < levels.length; level++) {
            List<Long> steady = incremental(level);
            System.out.printf(
                    "storage floor, 100 of %,d records rewritten, %s: median %.1f ms, p10 %.1f ms"
                            + " (rounds 101 to 400)%n",
                    RECORDS,
                    levels[level],
                    steady.get(steady.size() / 2) / 1000.0,
                    steady.get(steady.size() / 10) / 1000.0);
        }
    }

    private static List<Long> incremental(int level) throws Exception {
        UUID org = UUID.randomUUID();
        try (Connection c = newDatabase(org)) {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted,
                      fields, field_versions, updated_at)
                    values (?, ?, 'barrier', ?, 1, ?, false, repeat('x', 300), repeat('v', 150), now())""")) {
                List<UUID> people = people();
                for (int i = 0; i < RECORDS; i++) {
                    ids.add(v7(i));
                    p.setObject(1, org);
                    p.setObject(2, ids.get(i));
                    p.setObject(3, people.get(i % people.size()));
                    p.setLong(4, i + 1);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.setAutoCommit(false);
            Random random = new Random(1);
            Timestamp now = Timestamp.from(Instant.now());
            long seq = RECORDS;
            List<Long> micros = new ArrayList<>();
            try (PreparedStatement find =
                            c.prepareStatement("select * from sync_record where organisation_id = ? and id = ?");
                    PreparedStatement update = c.prepareStatement("""
                    update sync_record set version = version + 1, seq = ?, fields = ?, field_versions = ?,
                      updated_at = ? where organisation_id = ? and id = ?""");
                    Beside beside = new Beside(c, level, org, now)) {
                for (int round = 0; round < 400; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 100; i++) {
                        UUID id = ids.get(random.nextInt(ids.size()));
                        find.setObject(1, org);
                        find.setObject(2, id);
                        UUID person;
                        try (ResultSet rs = find.executeQuery()) {
                            rs.next();
                            person = rs.getObject("beneficiary_id", UUID.class);
                        }
                        seq++;
                        update.setLong(1, seq);
                        update.setString(2, "y".repeat(300));
                        update.setString(3, "w".repeat(150));
                        update.setTimestamp(4, now);
                        update.setObject(5, org);
                        update.setObject(6, id);
                        update.addBatch();
                        beside.add(
                                id,
                                UUID.randomUUID(),
                                person,
                                seq,
                                "UPDATE",
                                "{\"status\":\"APPLIED\",\"version\":2,\"seq\":" + seq + "}",
                                "BESOIN",
                                "POINT_APPUI");
                    }
                    update.executeBatch();
                    beside.write();
                    c.commit();
                    micros.add((System.nanoTime() - start) / 1000);
                }
            }
            List<Long> steady = new ArrayList<>(micros.subList(100, micros.size()));
            Collections.sort(steady);
            return steady;
        }
    }

    /** A new database on the server's schema and URL settings, holding one organisation. */
    private static Connection newDatabase(UUID org) throws Exception {
        String url = TestServers.newDatabase(Backend.H2) + ";MAX_COMPACT_TIME=0;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
        Database.open(url, "sa", "", 2).close();
        Connection c = TestServers.connect(Backend.H2, url);
        try (Statement s = c.createStatement()) {
            s.execute("insert into organisation (id, name, created_at) values ('" + org + "', 'O', now())");
            s.execute("insert into organisation_seq (organisation_id, last_seq) values ('" + org + "', 0)");
        }
        return c;
    }

    /** 50 people, as in the sync benchmark. */
    private static List<UUID> people() {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(UUID.randomUUID());
        }
        return people;
    }

    /**
     * The rows a push writes beside each record, as JDBC batches, up to {@code level}: 1 its applied change, 2 its
     * audit entry, 3 a barrier transition. Rows of a level not written are not bound either.
     */
    private static final class Beside implements AutoCloseable {
        private final int level;
        private final UUID org;
        private final UUID user = UUID.randomUUID();
        private final UUID device = UUID.randomUUID();
        private final Timestamp now;
        private final PreparedStatement applied;
        private final PreparedStatement audit;
        private final PreparedStatement transition;

        Beside(Connection c, int level, UUID org, Timestamp now) throws SQLException {
            this.level = level;
            this.org = org;
            this.now = now;
            applied = c.prepareStatement("""
                    insert into applied_change (organisation_id, change_id, content_hash, result, applied_at, user_id)
                    values (?, ?, ?, ?, ?, ?)""");
            audit = c.prepareStatement("""
                    insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind, record_id,
                      change_id, seq) values (?, ?, ?, ?, ?, 'barrier', ?, ?, ?)""");
            transition = c.prepareStatement("""
                    insert into barrier_transition (organisation_id, barrier_id, beneficiary_id, site, counsellor_id,
                      area, from_status, to_status, changed_month, changed_at)
                    values (?, ?, ?, '', ?, 'MOBILITE', ?, ?, 24322, ?)""");
        }

        void add(UUID record, UUID change, UUID person, long seq, String action, String result, String from, String to)
                throws SQLException {
            if (level >= 1) {
                applied.setObject(1, org);
                applied.setObject(2, change);
                applied.setString(3, "0".repeat(64));
                applied.setString(4, result);
                applied.setTimestamp(5, now);
                applied.setObject(6, user);
                applied.addBatch();
            }
            if (level >= 2) {
                audit.setObject(1, org);
                audit.setObject(2, user);
                audit.setObject(3, device);
                audit.setTimestamp(4, now);
                audit.setString(5, action);
                audit.setObject(6, record);
                audit.setObject(7, change);
                audit.setLong(8, seq);
                audit.addBatch();
            }
            if (level >= 3) {
                transition.setObject(1, org);
                transition.setObject(2, record);
                transition.setObject(3, person);
                transition.setObject(4, user);
                transition.setString(5, from);
                transition.setString(6, to);
                transition.setTimestamp(7, now);
                transition.addBatch();
            }
        }

        void write() throws SQLException {
            applied.executeBatch();
            audit.executeBatch();
            transition.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            try (applied;
                    audit;
                    transition) {
                // try-with-resources closes all three, even when one of them fails
            }
        }
    }

    /** Time-ordered ids, as the phones make them (version 7: the counter stands for the milliseconds). */
    private static UUID v7(long n) {
        long msb = ((System.currentTimeMillis() + n) << 16) | 0x7000L | (n & 0xfff);
        return new UUID(msb, 0x8000000000000000L | (n * 0x9E3779B97F4A7C15L >>> 2));
    }
}
