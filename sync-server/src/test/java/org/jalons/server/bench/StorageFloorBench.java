package org.jalons.server.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
                    System.out.printf("storage floor, %,d records, %s: median %d ms, best %d ms%n", RECORDS,
                            levels[level], ms.get(2), ms.get(0));
                }
            }
        }
    }

    private static long once(int level, String fields, String versions, String result) throws Exception {
        String url = TestServers.newDatabase(Backend.H2)
                + ";MAX_COMPACT_TIME=0;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
        Database.open(url, "sa", "", 2).close();
        try (Connection c = TestServers.connect(Backend.H2, url)) {
            UUID org = UUID.randomUUID();
            try (Statement s = c.createStatement()) {
                s.execute("insert into organisation (id, name, created_at) values ('" + org + "', 'O', now())");
            }
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                people.add(UUID.randomUUID());
            }
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long seq = 0;
            long start = System.nanoTime();
            try (PreparedStatement record = c.prepareStatement("""
                    insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted,
                      sensitive_category, fields, field_versions, updated_at)
                    values (?, ?, 'barrier', ?, 1, ?, false, null, ?, ?, ?)""");
                 PreparedStatement applied = c.prepareStatement("""
                    insert into applied_change (organisation_id, change_id, content_hash, result, applied_at)
                    values (?, ?, ?, ?, ?)""");
                 PreparedStatement audit = c.prepareStatement("""
                    insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind, record_id,
                      change_id, seq) values (?, ?, ?, ?, 'CREATE', 'barrier', ?, ?, ?)""");
                 PreparedStatement transition = c.prepareStatement("""
                    insert into barrier_transition (organisation_id, barrier_id, beneficiary_id, site, counsellor_id,
                      area, from_status, to_status, changed_month, changed_at)
                    values (?, ?, ?, '', ?, 'MOBILITE', null, 'BESOIN', 24322, ?)""")) {
                UUID user = UUID.randomUUID();
                UUID device = UUID.randomUUID();
                for (int batch = 0; batch < RECORDS / BATCH; batch++) {
                    for (int i = 0; i < BATCH; i++) {
                        UUID id = v7(seq);
                        UUID change = v7(seq + RECORDS);
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
                        if (level >= 1) {
                            applied.setObject(1, org);
                            applied.setObject(2, change);
                            applied.setString(3, "0".repeat(64));
                            applied.setString(4, result);
                            applied.setTimestamp(5, now);
                            applied.addBatch();
                        }
                        if (level >= 2) {
                            audit.setObject(1, org);
                            audit.setObject(2, user);
                            audit.setObject(3, device);
                            audit.setTimestamp(4, now);
                            audit.setObject(5, id);
                            audit.setObject(6, change);
                            audit.setLong(7, seq);
                            audit.addBatch();
                        }
                        if (level >= 3) {
                            transition.setObject(1, org);
                            transition.setObject(2, id);
                            transition.setObject(3, person);
                            transition.setObject(4, user);
                            transition.setTimestamp(5, now);
                            transition.addBatch();
                        }
                    }
                    record.executeBatch();
                    if (level >= 1) {
                        applied.executeBatch();
                    }
                    if (level >= 2) {
                        audit.executeBatch();
                    }
                    if (level >= 3) {
                        transition.executeBatch();
                    }
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
            System.out.printf("storage floor, 100 of %,d records rewritten, %s: median %.1f ms, p10 %.1f ms"
                    + " (rounds 101 to 400)%n", RECORDS, levels[level], steady.get(steady.size() / 2) / 1000.0,
                    steady.get(steady.size() / 10) / 1000.0);
        }
    }

    private static List<Long> incremental(int level) throws Exception {
        String url = TestServers.newDatabase(Backend.H2) + ";MAX_COMPACT_TIME=0;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
        Database.open(url, "sa", "", 2).close();
        try (Connection c = TestServers.connect(Backend.H2, url)) {
            UUID org = UUID.randomUUID();
            try (Statement s = c.createStatement()) {
                s.execute("insert into organisation (id, name, created_at) values ('" + org + "', 'O', now())");
            }
            try (PreparedStatement p = c.prepareStatement("""
                    insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted,
                      fields, field_versions, updated_at)
                    values (?, ?, 'barrier', ?, 1, ?, false, repeat('x', 300), repeat('v', 150), now())""")) {
                List<UUID> people = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    people.add(UUID.randomUUID()); // 50 people, as in the sync benchmark
                }
                for (int i = 0; i < RECORDS; i++) {
                    p.setObject(1, org);
                    p.setObject(2, v7(i));
                    p.setObject(3, people.get(i % people.size()));
                    p.setLong(4, i + 1);
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<UUID> ids = new ArrayList<>();
            try (Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("select id from sync_record")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            c.setAutoCommit(false);
            java.util.Random random = new java.util.Random(1);
            Timestamp now = Timestamp.from(Instant.now());
            long seq = RECORDS;
            List<Long> micros = new ArrayList<>();
            for (int round = 0; round < 400; round++) {
                long start = System.nanoTime();
                try (PreparedStatement find = c.prepareStatement(
                        "select * from sync_record where organisation_id = ? and id = ?");
                     PreparedStatement update = c.prepareStatement("""
                        update sync_record set version = version + 1, seq = ?, fields = ?, field_versions = ?,
                          updated_at = ? where organisation_id = ? and id = ?""");
                     PreparedStatement applied = c.prepareStatement("""
                        insert into applied_change (organisation_id, change_id, content_hash, result, applied_at)
                        values (?, ?, ?, ?, ?)""");
                     PreparedStatement audit = c.prepareStatement("""
                        insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind,
                          record_id, change_id, seq) values (?, null, null, ?, 'UPDATE', 'barrier', ?, ?, ?)""");
                     PreparedStatement transition = c.prepareStatement("""
                        insert into barrier_transition (organisation_id, barrier_id, beneficiary_id, site, area,
                          from_status, to_status, changed_month, changed_at)
                        values (?, ?, ?, '', 'MOBILITE', 'BESOIN', 'POINT_APPUI', 24322, ?)""")) {
                    for (int i = 0; i < 100; i++) {
                        UUID id = ids.get(random.nextInt(ids.size()));
                        find.setObject(1, org);
                        find.setObject(2, id);
                        UUID person;
                        try (java.sql.ResultSet rs = find.executeQuery()) {
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
                        UUID change = UUID.randomUUID();
                        applied.setObject(1, org);
                        applied.setObject(2, change);
                        applied.setString(3, "0".repeat(64));
                        applied.setString(4, "{\"status\":\"APPLIED\",\"version\":2,\"seq\":" + seq + "}");
                        applied.setTimestamp(5, now);
                        applied.addBatch();
                        audit.setObject(1, org);
                        audit.setTimestamp(2, now);
                        audit.setObject(3, id);
                        audit.setObject(4, change);
                        audit.setLong(5, seq);
                        audit.addBatch();
                        transition.setObject(1, org);
                        transition.setObject(2, id);
                        transition.setObject(3, person);
                        transition.setTimestamp(4, now);
                        transition.addBatch();
                    }
                    update.executeBatch();
                    if (level >= 1) {
                        applied.executeBatch();
                    }
                    if (level >= 2) {
                        audit.executeBatch();
                    }
                    if (level >= 3) {
                        transition.executeBatch();
                    }
                    c.commit();
                }
                micros.add((System.nanoTime() - start) / 1000);
            }
            List<Long> steady = new ArrayList<>(micros.subList(100, micros.size()));
            Collections.sort(steady);
            return steady;
        }
    }

    /** Time-ordered ids, as the phones make them (version 7: the counter stands for the milliseconds). */
    private static UUID v7(long n) {
        long msb = ((System.currentTimeMillis() + n) << 16) | 0x7000L | (n & 0xfff);
        return new UUID(msb, 0x8000000000000000L | (n * 0x9E3779B97F4A7C15L >>> 2));
    }
}
