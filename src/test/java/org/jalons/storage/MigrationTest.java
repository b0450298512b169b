package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.GoalStep;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    static final UUID SAMIA = UUID.fromString("0b7c5a70-3b1a-4c59-9d2b-5f0c8f1e2a11");
    static final UUID CLEA = UUID.fromString("5a2d1c3e-7f44-4b0e-8d6a-1c2b3d4e5f60");
    static final UUID CHECK_IN = UUID.fromString("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4");
    static final UUID GOAL = UUID.fromString("11111111-2222-4333-8444-555555555555");

    @TempDir
    Path dir;

    @Test
    void aNewStoreIsMigratedToTheLatestVersion() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            assertThat(appliedVersions(store))
                    .containsExactly(
                            "1", "2", "3", "4", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "18",
                            "19", "20", "21", "22", "23", "25", "26", "27", "28", "29", "30", "31");
            assertThat(Migrations.FILES).hasSize(28);
        }
    }

    @Test
    void aStoreWrittenByVersion1OpensWithItsDataIntactAndTheNewTrainingField() throws Exception {
        EncryptedStore v1 = TestStores.profiles(dir, TestStores.CLOCK).own();
        try (Database db = v1.create(TestStores.PIN.clone(), MigrationVersion.fromVersion("1"))) {
            db.inTransaction(c -> {
                ProfileDao.write(
                        c,
                        new LocalProfile(UUID.randomUUID(), "Camille Martin", Role.COUNSELLOR, null),
                        TestStores.CLOCK.instant());
                writeAsVersion1(c);
                return null;
            });
            List<String> applied = db.read(MigrationTest::appliedVersions);
            assertThat(applied).containsExactly("1");
        }

        try (LocalStore store = TestStores.reopen(dir)) {
            assertThat(appliedVersions(store))
                    .containsExactly(
                            "1", "2", "3", "4", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "18",
                            "19", "20", "21", "22", "23", "25", "26", "27", "28", "29", "30", "31");
            assertThat(store.profile().displayName()).isEqualTo("Camille Martin");
            assertThat(store.beneficiaries().find(SAMIA))
                    .map(Beneficiary::displayName)
                    .contains("Samia B.");
            assertThat(store.trainings().find(CLEA))
                    .contains(new Training(
                            CLEA,
                            SAMIA,
                            null,
                            "CléA",
                            "GRETA Sud",
                            TrainingKind.CERTIFYING,
                            Term.of(Certification.CLEA),
                            null,
                            120.0,
                            60.5,
                            LocalDate.of(2026, 3, 1),
                            LocalDate.of(2026, 6, 30),
                            TrainingStatus.EN_COURS,
                            null));
            assertThat(store.checkIns().find(CHECK_IN))
                    .contains(new CheckIn(
                            CHECK_IN,
                            SAMIA,
                            GOAL,
                            Rater.BENEFICIARY,
                            7,
                            "Ça avance",
                            Instant.parse("2026-04-02T09:30:00.123456Z")));
            assertThat(store.outbox().pending(10))
                    .extracting(OutboxEntry::recordId)
                    .containsExactly(SAMIA, CLEA);

            Training withPhoto = store.trainings().find(CLEA).orElseThrow();
            store.trainings()
                    .save(new Training(
                            CLEA,
                            SAMIA,
                            null,
                            withPhoto.title(),
                            withPhoto.provider(),
                            withPhoto.trainingKind(),
                            withPhoto.certification(),
                            null,
                            120.0,
                            120.0,
                            withPhoto.startDate(),
                            withPhoto.endDate(),
                            TrainingStatus.CERTIFIEE,
                            "photos/clea-certificat.jpg"));
            assertThat(store.outbox().pending(10))
                    .last()
                    .satisfies(e -> assertThat(e.fields())
                            .containsEntry("evidenceRef", "photos/clea-certificat.jpg")
                            .containsEntry("doneHours", 120.0));
        }
    }

    @Test
    void aStepWrittenByVersion9OpensWithNoDoneDateAndCanBeMarkedDoneOnADay() throws Exception {
        UUID step = UUID.fromString("22222222-3333-4444-8555-666666666666");
        EncryptedStore v9 = TestStores.profiles(dir, TestStores.CLOCK).own();
        try (Database db = v9.create(TestStores.PIN.clone(), MigrationVersion.fromVersion("9"))) {
            db.inTransaction(c -> {
                ProfileDao.write(
                        c,
                        new LocalProfile(UUID.randomUUID(), "Camille Martin", Role.COUNSELLOR, null),
                        TestStores.CLOCK.instant());
                execute(
                        c,
                        "INSERT INTO GOAL_STEP (ID, BENEFICIARY_ID, UPDATED_AT, GOAL_ID, LABEL, STATUS, DUE_DATE) "
                                + "VALUES (?, ?, ?, ?, 'Appeler l’auto-école', 'A_FAIRE', DATE '2026-05-04')",
                        step,
                        SAMIA,
                        Instant.parse("2026-04-02T10:00:00Z"),
                        GOAL);
                return null;
            });
        }

        try (LocalStore store = TestStores.reopen(dir)) {
            GoalStep before = store.goalSteps().find(step).orElseThrow();
            assertThat(before.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
            assertThat(before.doneDate()).isNull();
            store.goalSteps().save(before.withDoneDate(LocalDate.of(2026, 5, 2)));
            GoalStep after = store.goalSteps().find(step).orElseThrow();
            assertThat(after.status()).isEqualTo(StepStatus.REALISEE);
            assertThat(after.doneDate()).isEqualTo(LocalDate.of(2026, 5, 2));
            assertThat(store.outbox().pending(10))
                    .last()
                    .satisfies(e -> assertThat(e.fields())
                            .containsEntry("doneDate", "2026-05-02")
                            .containsEntry("status", "REALISEE"));
        }
    }

    @Test
    void peopleWithConsentsSyncedBeforeVersion16AreFetchedAgainForTheServersOrder() throws Exception {
        UUID malik = UUID.fromString("33333333-4444-4555-8666-777777777777");
        EncryptedStore v15 = TestStores.profiles(dir, TestStores.CLOCK).own();
        try (Database db = v15.create(TestStores.PIN.clone(), MigrationVersion.fromVersion("15"))) {
            db.inTransaction(c -> {
                ProfileDao.write(
                        c,
                        new LocalProfile(UUID.randomUUID(), "Camille Martin", Role.COUNSELLOR, null),
                        TestStores.CLOCK.instant());
                execute(
                        c,
                        "INSERT INTO CONSENT (ID, BENEFICIARY_ID, VERSION, UPDATED_AT, CATEGORY, GRANTED, "
                                + "RECORDED_AT, RECORDED_BY) VALUES (?, ?, 1, ?, 'HEALTH', TRUE, ?, 'Camille Martin')",
                        UUID.randomUUID(),
                        SAMIA,
                        Instant.parse("2026-04-02T10:00:00Z"),
                        Instant.parse("2026-04-02T10:00:00Z"));
                execute(c, "INSERT INTO SYNC_SCOPE (BENEFICIARY_ID, SIGNATURE) VALUES (?, 'HEALTH')", SAMIA);
                execute(c, "INSERT INTO SYNC_SCOPE (BENEFICIARY_ID, SIGNATURE) VALUES (?, 'HEALTH')", malik);
                return null;
            });
        }

        try (LocalStore store = TestStores.reopen(dir)) {
            assertThat(store.database().read(SyncScope::all))
                    .containsEntry(SAMIA, SyncScope.REFETCH_SIGNATURE)
                    .as("no consent synced: nothing to fetch again")
                    .containsEntry(malik, "HEALTH");
        }
    }

    /** Rows as the version 1 app wrote them, with version 1 SQL (no EVIDENCE_REF yet). */
    static void writeAsVersion1(Connection c) throws SQLException {
        Instant now = Instant.parse("2026-04-02T10:00:00Z");
        execute(
                c,
                "INSERT INTO BENEFICIARY (ID, BENEFICIARY_ID, UPDATED_AT, DISPLAY_NAME, ENTRY_DATE, ELIGIBILITY) "
                        + "VALUES (?, ?, ?, 'Samia B.', DATE '2026-02-09', '[\"RSA\"]')",
                SAMIA,
                SAMIA,
                now);
        execute(
                c,
                "INSERT INTO TRAINING (ID, BENEFICIARY_ID, UPDATED_AT, TITLE, PROVIDER, TRAINING_KIND, "
                        + "CERTIFICATION, PLANNED_HOURS, DONE_HOURS, START_DATE, END_DATE, STATUS) VALUES (?, ?, ?, 'CléA', "
                        + "'GRETA Sud', 'CERTIFYING', 'CLEA', 120, 60.5, DATE '2026-03-01', DATE '2026-06-30', 'EN_COURS')",
                CLEA,
                SAMIA,
                now);
        execute(
                c,
                "INSERT INTO CHECK_IN (ID, BENEFICIARY_ID, UPDATED_AT, GOAL_ID, RATER, RATING, \"COMMENT\", RATED_AT) "
                        + "VALUES (?, ?, ?, ?, 'BENEFICIARY', 7, 'Ça avance', TIMESTAMP WITH TIME ZONE "
                        + "'2026-04-02 09:30:00.123456+00')",
                CHECK_IN,
                SAMIA,
                now,
                GOAL);
        for (UUID record : List.of(SAMIA, CLEA)) {
            execute(
                    c,
                    "INSERT INTO OUTBOX (CHANGE_ID, RECORD_ID, KIND, BENEFICIARY_ID, OP, BASE_VERSION, FIELDS, "
                            + "CREATED_AT, AUTHOR_ID) VALUES (?, ?, ?, ?, 'UPSERT', 0, '{}', ?, ?)",
                    UUID.randomUUID(),
                    record,
                    record == SAMIA ? "beneficiary" : "training",
                    SAMIA,
                    now,
                    UUID.randomUUID());
        }
    }

    static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i] instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : params[i]);
            }
            ps.executeUpdate();
        }
    }

    static List<String> appliedVersions(LocalStore store) {
        return store.database().read(MigrationTest::appliedVersions);
    }

    static List<String> appliedVersions(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
