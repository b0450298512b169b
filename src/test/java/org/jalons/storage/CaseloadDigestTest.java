package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload's ratings and "confidence dropping" markers come from a digest that a trigger keeps on CHECK_IN (V10).
 * Whatever the way check-ins arrive, change or leave (a local save, a pulled batch, a rewritten row, a row removed, a
 * person's data evicted), the caseload must show what a full read of CHECK_IN gives: the reference below is the
 * full-scan computation the caseload used before the digest (with ties at one instant now broken by id).
 */
class CaseloadDigestTest {
    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theDigestFollowsEveryWayCheckInsArriveChangeAndLeave() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path home = dir.resolve("seed" + seed);
            try (LocalStore store = TestStores.counsellorStore(home)) {
                Random random = new Random(seed);
                List<UUID> people = new ArrayList<>();
                List<UUID> goals = new ArrayList<>();
                Map<UUID, UUID> goalOwner = new HashMap<>();
                for (int p = 0; p < 5; p++) {
                    UUID person = store.beneficiaries()
                            .save(new Beneficiary(
                                    JalonsRecord.newId(),
                                    "Personne " + p,
                                    null,
                                    LocalDate.of(2026, 1, 5),
                                    null,
                                    null,
                                    List.of(),
                                    null,
                                    null))
                            .id();
                    people.add(person);
                    for (int g = 0; g < 2; g++) {
                        GoalStatus status = g == 0 ? GoalStatus.EN_COURS : GoalStatus.ATTEINT;
                        Goal goal = store.goals()
                                .save(new Goal(
                                        JalonsRecord.newId(),
                                        person,
                                        Term.of(GoalTheme.MOBILITE),
                                        "Je me sens capable de prendre le bus",
                                        ProposedBy.JOINT,
                                        status,
                                        null,
                                        LocalDate.of(2026, 1, 5),
                                        status == GoalStatus.ATTEINT ? LocalDate.of(2026, 2, 1) : null));
                        goals.add(goal.id());
                        goalOwner.put(goal.id(), person);
                    }
                }
                List<UUID> checkIns = new ArrayList<>();
                for (int op = 0; op < 300; op++) {
                    int kind = random.nextInt(10);
                    if (kind < 4) {
                        CheckIn checkIn = randomCheckIn(random, people, goals, goalOwner);
                        if (checkIn.goalId() == null) { // a check-in made on the phone is always about a goal
                            UUID goal = goals.get(random.nextInt(goals.size()));
                            checkIn = new CheckIn(
                                    checkIn.id(),
                                    goalOwner.get(goal),
                                    goal,
                                    checkIn.rater(),
                                    checkIn.rating(),
                                    null,
                                    checkIn.ratedAt());
                        }
                        checkIns.add(store.checkIns().save(checkIn).id());
                    } else if (kind < 7) {
                        pulled(store, random, people, goals, goalOwner, checkIns);
                    } else if (kind < 9 && !checkIns.isEmpty()) {
                        UUID id = checkIns.remove(random.nextInt(checkIns.size()));
                        store.database().inTransaction(c -> {
                            RecordTable.of(RecordKind.CHECK_IN).deleteRow(c, id);
                            return null;
                        });
                    } else if (kind == 9 && random.nextInt(4) == 0) {
                        UUID person = people.get(random.nextInt(people.size()));
                        store.database()
                                .inTransaction(
                                        c -> RecordTable.of(RecordKind.CHECK_IN).deleteBeneficiaryData(c, person));
                        checkIns.retainAll(KillDuringWritesTest.ids(store, "SELECT ID FROM CHECK_IN"));
                    }
                    if (op % 10 == 9) {
                        assertMatchesAFullRead(store, "seed " + seed + " op " + op);
                    }
                }
                assertThat(checkIns).as("the run wrote check-ins").isNotEmpty();
            }
        }
    }

    /** The same for each person's latest interview (V13): saved, pulled again (moved to another date or person),
     * removed, a person's data evicted; the caseload must show the latest date of a full read of INTERVIEW. */
    @Test
    void theLatestInterviewFollowsEveryWayInterviewsArriveChangeAndLeave() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("interviews"))) {
            Random random = new Random(11);
            List<UUID> people = people(store, 5);
            RecordTable<Interview> table = RecordTable.of(RecordKind.INTERVIEW);
            List<UUID> interviews = new ArrayList<>();
            for (int op = 0; op < 200; op++) {
                int kind = random.nextInt(10);
                UUID person = people.get(random.nextInt(people.size()));
                LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(40));
                if (kind < 4) {
                    interviews.add(store.interviews()
                            .save(new Interview(
                                    JalonsRecord.newId(),
                                    person,
                                    date,
                                    InterviewPlace.DOMICILE,
                                    null,
                                    "notes",
                                    null,
                                    null))
                            .id());
                } else if (kind < 7 && !interviews.isEmpty()) {
                    // pulled again: another date, sometimes another person (a record re-keyed)
                    UUID id = interviews.get(random.nextInt(interviews.size()));
                    Interview old = store.interviews().find(id).orElseThrow();
                    Interview moved = new Interview(
                            id,
                            random.nextInt(3) == 0 ? person : old.beneficiaryId(),
                            random.nextInt(4) == 0 ? null : date,
                            old.place(),
                            null,
                            "revu",
                            null,
                            null);
                    store.database().inTransaction(c -> {
                        table.writeAll(
                                c,
                                List.of(new RecordTable.Row(
                                        id,
                                        moved.beneficiaryId(),
                                        table.mapper().toWire(moved),
                                        2,
                                        false)),
                                TestStores.CLOCK.instant());
                        return null;
                    });
                } else if (kind < 9 && !interviews.isEmpty()) {
                    UUID id = interviews.remove(random.nextInt(interviews.size()));
                    store.database().inTransaction(c -> {
                        table.deleteRow(c, id);
                        return null;
                    });
                } else if (random.nextInt(3) == 0) {
                    store.database().inTransaction(c -> table.deleteBeneficiaryData(c, person));
                    interviews.retainAll(KillDuringWritesTest.ids(store, "SELECT ID FROM INTERVIEW"));
                }
                if (op % 10 == 9) {
                    assertLatestInterviewsMatchAFullRead(store, "op " + op);
                }
            }
            assertThat(store.beneficiaries().caseload()).anyMatch(r -> r.lastInterview() != null);
        }
    }

    /** The same for the "not yet synced" marker (V14): changes saved, acknowledged, refused, sent again, discarded,
     * moved to another person; the caseload must say what a look at OUTBOX says. */
    @Test
    void thePendingMarkerFollowsEveryWayTheOutboxChanges() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("outbox"))) {
            Random random = new Random(5);
            List<UUID> people = people(store, 6);
            Outbox outbox = store.outbox();
            for (int op = 0; op < 200; op++) {
                int kind = random.nextInt(10);
                UUID person = people.get(random.nextInt(people.size()));
                List<UUID> pending =
                        outbox.pending(1000).stream().map(OutboxEntry::changeId).toList();
                List<UUID> refused =
                        outbox.rejected().stream().map(OutboxEntry::changeId).toList();
                if (kind < 4) {
                    store.interviews()
                            .save(new Interview(
                                    JalonsRecord.newId(),
                                    person,
                                    LocalDate.of(2026, 2, 1),
                                    InterviewPlace.DOMICILE,
                                    null,
                                    "notes",
                                    null,
                                    null));
                } else if (kind < 6 && !pending.isEmpty()) {
                    List<UUID> answered = pending.subList(0, 1 + random.nextInt(Math.min(pending.size(), 8)));
                    store.database().inTransaction(c -> {
                        outbox.acknowledgeAll(c, answered);
                        return null;
                    });
                } else if (kind == 6 && !pending.isEmpty()) {
                    UUID id = pending.get(random.nextInt(pending.size()));
                    store.database().inTransaction(c -> {
                        outbox.reject(c, id, 403, "refusé");
                        return null;
                    });
                } else if (kind == 7 && !refused.isEmpty()) {
                    UUID id = refused.get(random.nextInt(refused.size()));
                    if (random.nextBoolean()) {
                        outbox.retry(id);
                    } else {
                        outbox.discard(id);
                    }
                } else if (kind == 8) {
                    store.database().inTransaction(c -> outbox.rejectPendingOf(c, person, 403, "plus suivi"));
                } else {
                    UUID other = people.get(random.nextInt(people.size()));
                    store.database().inTransaction(c -> {
                        TriggerRows.update(
                                c,
                                "UPDATE OUTBOX SET BENEFICIARY_ID = ? WHERE BENEFICIARY_ID = ?",
                                other,
                                person); // as ParcoursRekey moves a parcours
                        return null;
                    });
                }
                if (op % 5 == 4) {
                    Set<UUID> expected = KillDuringWritesTest.ids(
                            store, "SELECT DISTINCT BENEFICIARY_ID FROM OUTBOX WHERE STATE = 'PENDING'");
                    for (CaseloadRow row : store.beneficiaries().caseload()) {
                        assertThat(row.pendingSync())
                                .as("op %d, %s", op, row.displayName())
                                .isEqualTo(expected.contains(row.beneficiaryId()));
                    }
                }
            }
            assertThat(store.beneficiaries().caseload())
                    .anyMatch(CaseloadRow::pendingSync)
                    .anyMatch(r -> !r.pendingSync());
        }
    }

    /** {@code n} people followed, saved as the app saves them. */
    private static List<UUID> people(LocalStore store, int n) {
        List<UUID> people = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            people.add(store.beneficiaries()
                    .save(new Beneficiary(
                            JalonsRecord.newId(),
                            "Personne " + p,
                            null,
                            LocalDate.of(2026, 1, 5),
                            null,
                            null,
                            List.of(),
                            null,
                            null))
                    .id());
        }
        return people;
    }

    private static void assertLatestInterviewsMatchAFullRead(LocalStore store, String when) {
        Map<UUID, LocalDate> expected = store.database().read(c -> {
            Map<UUID, LocalDate> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT BENEFICIARY_ID, MAX(\"DATE\") FROM INTERVIEW GROUP BY BENEFICIARY_ID");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                }
            }
            return out;
        });
        for (CaseloadRow row : store.beneficiaries().caseload()) {
            assertThat(row.lastInterview())
                    .as("%s, %s", when, row.displayName())
                    .isEqualTo(expected.get(row.beneficiaryId()));
        }
    }

    @Test
    void migratingAStoreWithHistoryBuildsTheDigestFromItsCheckIns() throws Exception {
        Random random = new Random(7);
        List<UUID> people = new ArrayList<>();
        List<UUID> goals = new ArrayList<>();
        Map<UUID, UUID> goalOwner = new HashMap<>();
        EncryptedStore v9 = TestStores.profiles(dir, TestStores.CLOCK).own();
        try (Database db = v9.create(TestStores.PIN.clone(), MigrationVersion.fromVersion("9"))) {
            db.inTransaction(c -> {
                ProfileDao.write(
                        c,
                        new LocalProfile(UUID.randomUUID(), "Camille Martin", Role.COUNSELLOR, null),
                        TestStores.CLOCK.instant());
                for (int p = 0; p < 4; p++) {
                    UUID person = JalonsRecord.newId();
                    people.add(person);
                    writeAsVersion9(c, person, "Personne " + p, LocalDate.of(2026, 1, 5));
                    UUID goal = JalonsRecord.newId();
                    goals.add(goal);
                    goalOwner.put(goal, person);
                    goalAsVersion9(c, goal, person);
                }
                // one change of the first person waiting to be sent, one refused change of the second
                for (int i = 0; i < 2; i++) {
                    TriggerRows.update(
                            c,
                            "INSERT INTO OUTBOX (CHANGE_ID, RECORD_ID, KIND, BENEFICIARY_ID, OP,"
                                    + " BASE_VERSION, FIELDS, CREATED_AT, AUTHOR_ID, STATE) VALUES (?, ?, 'beneficiary', ?,"
                                    + " 'UPSERT', 0, '{}', ?, ?, ?)",
                            UUID.randomUUID(),
                            people.get(i),
                            people.get(i),
                            TestStores.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC),
                            UUID.randomUUID(),
                            i == 0 ? "PENDING" : "REJECTED");
                }
                for (int i = 0; i < 12; i++) {
                    UUID id = JalonsRecord.newId();
                    UUID person = people.get(i % 3); // the fourth person has no interview
                    // the columns of store version 9 (an interview's correction columns came with V26)
                    TriggerRows.update(
                            c,
                            "INSERT INTO INTERVIEW (ID, BENEFICIARY_ID, VERSION, DELETED, UPDATED_AT, \"DATE\", PLACE)"
                                    + " VALUES (?, ?, 1, FALSE, ?, ?, ?)",
                            id,
                            person,
                            TestStores.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC),
                            LocalDate.of(2026, 1, 1 + random.nextInt(28)),
                            InterviewPlace.DOMICILE.name());
                }
                for (int i = 0; i < 120; i++) {
                    CheckIn checkIn = randomCheckIn(random, people, goals, goalOwner);
                    checkInAsVersion9(c, checkIn);
                }
                return null;
            });
        }
        try (LocalStore store = TestStores.reopen(dir)) {
            assertThat(store.beneficiaries().caseload()).hasSize(4);
            assertThat(store.beneficiaries().caseload()).anyMatch(r -> r.latestSelfRating() != null);
            assertMatchesAFullRead(store, "after the migration");
            assertLatestInterviewsMatchAFullRead(store, "after the migration");
            assertThat(store.beneficiaries().caseload())
                    .filteredOn(r -> r.lastInterview() != null)
                    .hasSize(3);
            assertThat(store.beneficiaries().caseload())
                    .filteredOn(CaseloadRow::pendingSync)
                    .extracting(CaseloadRow::beneficiaryId)
                    .containsExactly(people.get(0));
        }
    }

    private static void write(Connection c, RecordKind kind, UUID id, UUID person, Map<String, Object> wire)
            throws SQLException {
        RecordTable.of(kind).write(c, id, person, wire, 1, false, TestStores.CLOCK.instant());
    }

    /** A check-in on a small set of instants (so that ties happen), sometimes without a goal. */
    private static CheckIn randomCheckIn(
            Random random, List<UUID> people, List<UUID> goals, Map<UUID, UUID> goalOwner) {
        UUID goal = random.nextInt(5) == 0 ? null : goals.get(random.nextInt(goals.size()));
        UUID person = goal == null ? people.get(random.nextInt(people.size())) : goalOwner.get(goal);
        Rater rater = random.nextBoolean() ? Rater.BENEFICIARY : Rater.COUNSELLOR;
        return new CheckIn(
                JalonsRecord.newId(),
                person,
                goal,
                rater,
                random.nextInt(11),
                null,
                T0.plusSeconds(3600L * random.nextInt(12)));
    }

    /** A pulled batch: new check-ins and rewritten ones (same id, other rating or instant), as the sync applies them. */
    private static void pulled(
            LocalStore store,
            Random random,
            List<UUID> people,
            List<UUID> goals,
            Map<UUID, UUID> goalOwner,
            List<UUID> checkIns) {
        RecordTable<CheckIn> table = RecordTable.of(RecordKind.CHECK_IN);
        List<RecordTable.Row> rows = new ArrayList<>();
        List<UUID> added = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            CheckIn fresh = randomCheckIn(random, people, goals, goalOwner);
            if (!checkIns.isEmpty() && random.nextBoolean()) {
                UUID id = checkIns.get(random.nextInt(checkIns.size()));
                CheckIn old = store.checkIns().find(id).orElseThrow();
                fresh = new CheckIn(
                        id,
                        old.beneficiaryId(),
                        old.goalId(),
                        random.nextInt(3) == 0 ? fresh.rater() : old.rater(),
                        fresh.rating(),
                        "revu",
                        fresh.ratedAt());
            } else {
                added.add(fresh.id());
            }
            rows.add(new RecordTable.Row(
                    fresh.id(), fresh.beneficiaryId(), table.mapper().toWire(fresh), 2, false));
        }
        store.database().inTransaction(c -> {
            table.writeAll(c, rows, TestStores.CLOCK.instant());
            return null;
        });
        checkIns.addAll(added);
    }

    private static void assertMatchesAFullRead(LocalStore store, String when) {
        Map<UUID, Integer[]> expected = fullRead(store);
        for (CaseloadRow row : store.beneficiaries().caseload()) {
            Integer[] e = expected.getOrDefault(row.beneficiaryId(), new Integer[] {null, null, 0});
            assertThat(new Object[] {row.latestSelfRating(), row.latestCounsellorRating(), row.confidenceDropping()})
                    .as("%s, %s", when, row.displayName())
                    .containsExactly(e[0], e[1], e[2] == 1);
        }
    }

    /** {self, counsellor, dropping (1/0)} per person, from every check-in, as the caseload computed it before V10. */
    private static Map<UUID, Integer[]> fullRead(LocalStore store) {
        return store.database().read(c -> {
            Set<UUID> openGoals = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT ID FROM GOAL WHERE DELETED = FALSE AND STATUS IN ('EN_COURS', 'REPORTE')");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    openGoals.add(rs.getObject(1, UUID.class));
                }
            }
            Map<UUID, Integer[]> out = new HashMap<>();
            Map<String, CheckInDigest.Latest> latest = new HashMap<>();
            Map<UUID, CheckInDigest.Trend> trends = new HashMap<>();
            Map<UUID, UUID> goalOwner = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT BENEFICIARY_ID, GOAL_ID, RATER, RATED_AT, RATING, ID"
                            + " FROM CHECK_IN WHERE RATER IN ('BENEFICIARY', 'COUNSELLOR')");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID person = rs.getObject(1, UUID.class);
                    UUID goal = rs.getObject(2, UUID.class);
                    String rater = rs.getString(3);
                    OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
                    int value = rs.getInt(5);
                    Integer rating = rs.wasNull() ? null : value;
                    if (at != null) {
                        latest.computeIfAbsent(person + rater, k -> new CheckInDigest.Latest())
                                .add(at, rating);
                    }
                    if ("BENEFICIARY".equals(rater) && goal != null) {
                        trends.computeIfAbsent(goal, k -> new CheckInDigest.Trend())
                                .add(rs.getObject(6, UUID.class), at, rating);
                        goalOwner.put(goal, person);
                    }
                    out.computeIfAbsent(person, k -> new Integer[] {null, null, 0});
                }
            }
            out.forEach((person, e) -> {
                CheckInDigest.Latest self = latest.get(person + "BENEFICIARY");
                CheckInDigest.Latest counsellor = latest.get(person + "COUNSELLOR");
                e[0] = self == null ? null : self.rating;
                e[1] = counsellor == null ? null : counsellor.rating;
            });
            trends.forEach((goal, t) -> {
                if (openGoals.contains(goal) && t.dropping()) {
                    out.get(goalOwner.get(goal))[2] = 1;
                }
            });
            return out;
        });
    }

    /**
     * A beneficiary as store version 9 held it, in plain SQL: today's mapper writes the phone and address columns
     * of version 18, which that store does not have.
     */
    /** A goal as a store of version 9 holds it (its columns of then: the proposed status came with version 25). */
    private static void goalAsVersion9(Connection c, UUID goal, UUID person) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("""
                INSERT INTO GOAL (ID, BENEFICIARY_ID, VERSION, DELETED, UPDATED_AT, THEME, PHRASING, PROPOSED_BY, STATUS,
                                  OPENED_ON)
                VALUES (?, ?, 1, FALSE, ?, 'FRANCAIS', 'Je me sens capable de lire', 'JOINT', 'EN_COURS', ?)""")) {
            ps.setObject(1, goal);
            ps.setObject(2, person);
            ps.setObject(3, TestStores.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC));
            ps.setObject(4, LocalDate.of(2026, 1, 5));
            ps.executeUpdate();
        }
    }

    /** A check-in as a store of version 9 holds it (the gap answer came with version 23). */
    private static void checkInAsVersion9(Connection c, CheckIn checkIn) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("""
                INSERT INTO CHECK_IN (ID, BENEFICIARY_ID, VERSION, DELETED, UPDATED_AT, GOAL_ID, RATER, RATING, RATED_AT)
                VALUES (?, ?, 1, FALSE, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, checkIn.id());
            ps.setObject(2, checkIn.beneficiaryId());
            ps.setObject(3, TestStores.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC));
            ps.setObject(4, checkIn.goalId());
            ps.setString(5, checkIn.rater().name());
            ps.setInt(6, checkIn.rating());
            ps.setObject(7, checkIn.ratedAt().atOffset(java.time.ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static void writeAsVersion9(Connection c, UUID person, String name, LocalDate entry) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("""
                INSERT INTO BENEFICIARY (ID, BENEFICIARY_ID, VERSION, DELETED, UPDATED_AT, DISPLAY_NAME, ENTRY_DATE)
                VALUES (?, ?, 1, FALSE, ?, ?, ?)""")) {
            ps.setObject(1, person);
            ps.setObject(2, person);
            ps.setObject(3, TestStores.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC));
            ps.setString(4, name);
            ps.setObject(5, entry);
            ps.executeUpdate();
        }
    }
}
