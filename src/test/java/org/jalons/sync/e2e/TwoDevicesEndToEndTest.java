package org.jalons.sync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Conflict;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.ConflictStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.ConflictResolver;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.SyncReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counsellor's phone and the phone of the person she follows, each with its own encrypted H2 file, against the
 * real sync server: they pair, edit offline, sync and converge; the same field edited on both sides becomes a
 * conflict both phones show, with both values; the resolution syncs.
 */
class TwoDevicesEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    private RealServer server;
    private LocalStore counsellorPhone;
    private LocalStore samiaPhone;

    @BeforeEach
    void startServer() throws Exception {
        Assumptions.assumeTrue(RealServer.available(), "the sync server jar is not installed");
        server = RealServer.start(dir.resolve("server"));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {counsellorPhone, samiaPhone, server}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static Goal goal(UUID id, UUID beneficiaryId, String phrasing, GoalStatus status, LocalDate target) {
        return new Goal(
                id,
                beneficiaryId,
                Term.of(GoalTheme.MOBILITE),
                phrasing,
                ProposedBy.BENEFICIARY,
                status,
                target,
                LocalDate.of(2026, 4, 1),
                null);
    }

    @Test
    void twoPhonesPairEditOfflineConvergeAndShareAConflictUntilItIsResolved() throws Exception {
        // The counsellor pairs and, offline, opens Samia's parcours with a goal.
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        counsellorPhone = new Profiles(dir.resolve("camille"), CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
        SyncEngine camilleSync = new SyncEngine(counsellorPhone, HTTP, CLOCK);
        camilleSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
        UUID samia = UUID.randomUUID();
        counsellorPhone
                .beneficiaries()
                .save(new Beneficiary(
                        samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, camille.id(), List.of(), null, null));
        UUID goalId = UUID.randomUUID();
        counsellorPhone
                .goals()
                .save(goal(goalId, samia, "Je me sens capable de prendre le bus seule", GoalStatus.EN_COURS, null));
        SyncReport first = camilleSync.syncOnce();
        assertThat(first.acknowledged()).isEqualTo(2);
        assertThat(counsellorPhone.outbox().pendingCount()).isZero();
        assertThat(counsellorPhone.goals().findStored(goalId).orElseThrow().version())
                .isPositive();

        // Samia gets an account and pairs her own phone: the first sync brings her parcours.
        RealServer.User samiaUser = server.createUser("Samia B.", "BENEFICIARY", samia);
        samiaPhone = Phones.beneficiary(dir.resolve("samia-phone"), CLOCK, "Samia B.", samia);
        SyncEngine samiaSync = new SyncEngine(samiaPhone, HTTP, CLOCK);
        samiaSync.pairing().pair(server.baseUrl(), server.pairingCode(samiaUser), "Téléphone de Samia");
        assertThat(samiaSync.syncOnce().restored()).isTrue();
        assertThat(samiaPhone.goals().find(goalId))
                .hasValueSatisfying(
                        g -> assertThat(g.phrasing()).isEqualTo("Je me sens capable de prendre le bus seule"));

        // Both edit offline: the same field (status) differently, and each one field of their own.
        counsellorPhone
                .goals()
                .save(goal(
                        goalId,
                        samia,
                        "Je me sens capable de prendre le bus seule",
                        GoalStatus.ATTEINT,
                        LocalDate.of(2026, 12, 15)));
        samiaPhone
                .goals()
                .save(goal(
                        goalId, samia, "Je me sens capable de prendre le bus et le train", GoalStatus.REPORTE, null));
        UUID checkIn = UUID.randomUUID();
        samiaPhone
                .checkIns()
                .save(new CheckIn(checkIn, samia, goalId, Rater.BENEFICIARY, 6, "Ça avance", CLOCK.instant()));

        camilleSync.syncOnce();
        SyncReport samiaReport = samiaSync.syncOnce();
        assertThat(samiaReport.conflicts()).isEqualTo(1);
        assertThat(samiaReport.rejected()).isZero();
        camilleSync.syncOnce();

        // Converged: the same goal on both phones, the non-conflicting edits of both merged, nothing pending.
        for (LocalStore phone : List.of(counsellorPhone, samiaPhone)) {
            Goal g = phone.goals().find(goalId).orElseThrow();
            assertThat(g.phrasing()).isEqualTo("Je me sens capable de prendre le bus et le train");
            assertThat(g.targetDate()).isEqualTo(LocalDate.of(2026, 12, 15));
            assertThat(g.status())
                    .as("the first edit to reach the server stays until someone decides")
                    .isEqualTo(GoalStatus.ATTEINT);
            assertThat(phone.checkIns().find(checkIn)).isPresent();
            assertThat(phone.outbox().pendingCount()).isZero();
            assertThat(phone.outbox().rejected()).isEmpty();
            List<Conflict> open = phone.conflicts().open();
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.recordId()).isEqualTo(goalId);
                assertThat(c.field()).isEqualTo("status");
                assertThat(c.serverValue()).isEqualTo("\"ATTEINT\"");
                assertThat(c.clientValue())
                        .as("nothing lost: Samia's value is kept")
                        .isEqualTo("\"REPORTE\"");
            });
        }
        assertThat(counsellorPhone.goals().findStored(goalId).orElseThrow().version())
                .isEqualTo(samiaPhone.goals().findStored(goalId).orElseThrow().version());

        // The counsellor and Samia decide together: postponed. The resolution reaches Samia's phone.
        UUID conflictId = counsellorPhone.conflicts().open().get(0).id();
        new ConflictResolver(counsellorPhone).resolve(conflictId, "\"REPORTE\"");
        SyncReport resolved = camilleSync.syncOnce();
        assertThat(resolved.rejected()).isZero();
        samiaSync.syncOnce();

        for (LocalStore phone : List.of(counsellorPhone, samiaPhone)) {
            assertThat(phone.goals().find(goalId).orElseThrow().status()).isEqualTo(GoalStatus.REPORTE);
            assertThat(phone.conflicts().open()).isEmpty();
            Conflict c = phone.conflicts().find(conflictId).orElseThrow();
            assertThat(c.status()).isEqualTo(ConflictStatus.RESOLVED);
            assertThat(c.resolvedValue()).isEqualTo("\"REPORTE\"");
            assertThat(phone.outbox().pendingCount()).isZero();
        }
    }

    /** Camille's phone and Samia's, paired, both holding Samia's parcours with one goal. */
    private UUID[] twoPhonesWithOneGoal() throws Exception {
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        counsellorPhone = new Profiles(dir.resolve("camille"), CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
        camilleSync = new SyncEngine(counsellorPhone, HTTP, CLOCK);
        camilleSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
        UUID samia = UUID.randomUUID();
        counsellorPhone
                .beneficiaries()
                .save(new Beneficiary(
                        samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, camille.id(), List.of(), null, null));
        UUID goalId = UUID.randomUUID();
        counsellorPhone.goals().save(goal(goalId, samia, PHRASING, GoalStatus.EN_COURS, null));
        camilleSync.syncOnce();
        samiaPhone = Phones.beneficiary(dir.resolve("samia-phone"), CLOCK, "Samia B.", samia);
        samiaSync = new SyncEngine(samiaPhone, HTTP, CLOCK);
        samiaSync
                .pairing()
                .pair(
                        server.baseUrl(),
                        server.pairingCode(server.createUser("Samia B.", "BENEFICIARY", samia)),
                        "Téléphone de Samia");
        samiaSync.syncOnce();
        return new UUID[] {samia, goalId};
    }

    private static final String PHRASING = "Je me sens capable de prendre le bus seule";
    private SyncEngine camilleSync;
    private SyncEngine samiaSync;

    /** Camille deletes the goal, Samia (offline) marks it reached; the delete reaches the server first. */
    private UUID deleteOnOnePhoneEditOnTheOther(UUID samia, UUID goalId) throws Exception {
        counsellorPhone.goals().delete(goalId);
        samiaPhone.goals().save(goal(goalId, samia, PHRASING, GoalStatus.ATTEINT, LocalDate.of(2026, 12, 15)));
        camilleSync.syncOnce();
        assertThat(samiaSync.syncOnce().conflicts()).isEqualTo(1);
        camilleSync.syncOnce();
        return counsellorPhone.conflicts().open().get(0).id();
    }

    @Test
    void anEditOfARecordDeletedOnTheOtherPhoneBecomesAConflictBothPhonesShowWithTheWholeRecord() throws Exception {
        UUID[] ids = twoPhonesWithOneGoal();
        deleteOnOnePhoneEditOnTheOther(ids[0], ids[1]);

        for (LocalStore phone : List.of(counsellorPhone, samiaPhone)) {
            assertThat(phone.goals().find(ids[1])).as("the delete came first").isEmpty();
            assertThat(phone.conflicts().open()).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("_deleted");
                assertThat(c.serverValue()).isEqualTo("true");
                assertThat(c.clientValue()).isEqualTo("false");
                assertThat(c.recordFields())
                        .as("the whole record, with Samia's edit: nothing lost")
                        .contains(
                                "\"status\":\"ATTEINT\"",
                                "\"targetDate\":\"2026-12-15\"",
                                "\"phrasing\":\"" + PHRASING + "\"",
                                "\"openedOn\":\"2026-04-01\"");
            });
            assertThat(phone.outbox().pendingCount()).isZero();
        }
    }

    @Test
    void keepingARecordDeletedElsewhereRevivesItOnEveryPhone() throws Exception {
        UUID[] ids = twoPhonesWithOneGoal();
        UUID conflictId = deleteOnOnePhoneEditOnTheOther(ids[0], ids[1]);

        // Camille, whose phone deleted it, decides with Samia to keep the goal.
        new ConflictResolver(counsellorPhone).resolve(conflictId, "false");
        SyncReport resolved = camilleSync.syncOnce();
        assertThat(resolved.rejected()).isZero();
        assertThat(resolved.conflicts())
                .as("the server revives it: no new conflict")
                .isZero();
        samiaSync.syncOnce();

        for (LocalStore phone : List.of(counsellorPhone, samiaPhone)) {
            Goal g = phone.goals().find(ids[1]).orElseThrow();
            assertThat(g.status()).isEqualTo(GoalStatus.ATTEINT);
            assertThat(g.targetDate()).isEqualTo(LocalDate.of(2026, 12, 15));
            assertThat(g.phrasing()).isEqualTo(PHRASING);
            assertThat(phone.conflicts().open()).isEmpty();
            assertThat(phone.conflicts().find(conflictId).orElseThrow().resolvedValue())
                    .isEqualTo("false");
            assertThat(phone.outbox().pendingCount()).isZero();
            assertThat(phone.outbox().rejected()).isEmpty();
        }
        assertThat(counsellorPhone.goals().findStored(ids[1]).orElseThrow().version())
                .isEqualTo(samiaPhone.goals().findStored(ids[1]).orElseThrow().version());

        // and it lives on: a later edit merges as usual
        samiaPhone.goals().save(goal(ids[1], ids[0], PHRASING, GoalStatus.ATTEINT, LocalDate.of(2027, 1, 31)));
        assertThat(samiaSync.syncOnce().conflicts()).isZero();
        camilleSync.syncOnce();
        assertThat(counsellorPhone.goals().find(ids[1]).orElseThrow().targetDate())
                .isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void keepingTheDeleteDeletesItOnEveryPhoneAndTheEditStaysInTheConflict() throws Exception {
        UUID[] ids = twoPhonesWithOneGoal();
        // This time the edit reaches the server first, then the delete: the goal stays until someone decides.
        samiaPhone.goals().save(goal(ids[1], ids[0], PHRASING, GoalStatus.ATTEINT, null));
        counsellorPhone.goals().delete(ids[1]);
        samiaSync.syncOnce();
        assertThat(camilleSync.syncOnce().conflicts()).isEqualTo(1);
        samiaSync.syncOnce();
        for (LocalStore phone : List.of(counsellorPhone, samiaPhone)) {
            assertThat(phone.goals().find(ids[1]))
                    .as("kept until someone decides")
                    .isPresent();
            assertThat(phone.conflicts().open()).singleElement().satisfies(c -> {
                assertThat(c.serverValue()).isEqualTo("false");
                assertThat(c.clientValue()).isEqualTo("true");
                assertThat(c.recordFields()).contains("\"status\":\"ATTEINT\"");
            });
        }

        UUID conflictId = samiaPhone.conflicts().open().get(0).id();
        new ConflictResolver(samiaPhone).resolve(conflictId, "true");
        assertThat(samiaSync.syncOnce().rejected()).isZero();
        camilleSync.syncOnce();

        for (LocalStore phone : List.of(counsellorPhone, samiaPhone)) {
            assertThat(phone.goals().find(ids[1])).isEmpty();
            assertThat(phone.conflicts().open()).isEmpty();
            Conflict c = phone.conflicts().find(conflictId).orElseThrow();
            assertThat(c.resolvedValue()).isEqualTo("true");
            assertThat(c.recordFields())
                    .as("nothing lost: the record stays readable in the conflict")
                    .contains("\"status\":\"ATTEINT\"");
            assertThat(phone.outbox().pendingCount()).isZero();
        }
    }
}
