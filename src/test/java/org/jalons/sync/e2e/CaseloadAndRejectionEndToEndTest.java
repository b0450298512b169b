package org.jalons.sync.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.SyncReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals, deletes and caseload changes, against the real sync server. */
class CaseloadAndRejectionEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    private RealServer server;
    private LocalStore phone;
    private LocalStore adminPhone;
    private SyncEngine sync;
    private RealServer.User camille;
    private UUID samia;

    @BeforeEach
    void counsellorWithOneBeneficiary() throws Exception {
        Assumptions.assumeTrue(RealServer.available(), "the sync server jar is not installed");
        server = RealServer.start(dir.resolve("server"));
        camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        phone = new Profiles(dir.resolve("camille"), CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
        sync = new SyncEngine(phone, HTTP, CLOCK);
        sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
        samia = UUID.randomUUID();
        phone.beneficiaries()
                .save(new Beneficiary(
                        samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, camille.id(), List.of(), null, null));
        sync.syncOnce();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {phone, adminPhone, server}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static Goal goal(UUID beneficiaryId, String phrasing) {
        return new Goal(
                UUID.randomUUID(),
                beneficiaryId,
                Term.of(GoalTheme.NUMERIQUE),
                phrasing,
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                null,
                LocalDate.of(2026, 4, 1),
                null);
    }

    @Test
    void aRefusedChangeStaysVisibleAndTheOthersOfTheBatchGoThrough() throws Exception {
        Goal stray = phone.goals().save(goal(UUID.randomUUID(), "Je me sens capable d'envoyer un courriel"));
        Goal valid = phone.goals().save(goal(samia, "Je me sens capable de remplir un formulaire en ligne"));

        SyncReport report = sync.syncOnce();

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.acknowledged()).isEqualTo(1);
        assertThat(phone.outbox().pendingCount()).isZero();
        List<OutboxEntry> refused = phone.outbox().rejected();
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.recordId()).isEqualTo(stray.id());
            assertThat(e.rejectCode()).isEqualTo(404);
            assertThat(e.rejectReason()).isNotBlank();
        });
        assertThat(phone.goals().find(stray.id()))
                .as("still shown with its refusal")
                .isPresent();
        assertThat(phone.goals().findStored(valid.id()).orElseThrow().version()).isPositive();
    }

    @Test
    void eachRefusalKeepsTheServersStableCode() throws Exception {
        Goal goal = phone.goals().save(goal(samia, "Je me sens capable de prendre le bus seule"));
        sync.syncOnce();
        Goal stray = phone.goals().save(goal(UUID.randomUUID(), "Je me sens capable d'envoyer un courriel"));
        // the person's own rating, on the counsellor's phone outside a visit: not the counsellor's to write
        CheckIn self = phone.checkIns()
                .save(new CheckIn(UUID.randomUUID(), samia, goal.id(), Rater.BENEFICIARY, 6, null, CLOCK.instant()));
        // a phone whose clock is far ahead: the consent is refused, and the health barrier that relied on it too
        Consent ahead = phone.consents()
                .save(new Consent(
                        UUID.randomUUID(),
                        samia,
                        ConsentCategory.HEALTH,
                        true,
                        CLOCK.instant().plus(Duration.ofDays(365)),
                        "Camille Martin"));
        Barrier health = phone.barriers()
                .save(new Barrier(UUID.randomUUID(), samia, Term.of(BarrierArea.SANTE), BarrierStatus.BESOIN, null));

        SyncReport report = sync.syncOnce();

        assertThat(report.rejected()).isEqualTo(4);
        assertThat(phone.outbox().rejected())
                .extracting(OutboxEntry::recordId, OutboxEntry::rejectCode, OutboxEntry::rejectError)
                .containsExactlyInAnyOrder(
                        tuple(stray.id(), 404, "not_found"),
                        tuple(self.id(), 403, "forbidden_write"),
                        tuple(ahead.id(), 422, "clock_skew"),
                        tuple(health.id(), 422, "consent_missing"));
        assertThat(phone.consents().isGranted(samia, ConsentCategory.HEALTH))
                .as("refused: not in force")
                .isFalse();
    }

    @Test
    void aDeleteReachesTheOtherPhoneAsATombstone() throws Exception {
        Goal goal = phone.goals().save(goal(samia, "Je me sens capable d'utiliser une messagerie"));
        sync.syncOnce();
        RealServer.User samiaUser = server.createUser("Samia B.", "BENEFICIARY", samia);
        try (LocalStore samiaPhone = Phones.beneficiary(dir.resolve("samia"), CLOCK, "Samia B.", samia)) {
            SyncEngine samiaSync = new SyncEngine(samiaPhone, HTTP, CLOCK);
            samiaSync.pairing().pair(server.baseUrl(), server.pairingCode(samiaUser), "Téléphone de Samia");
            samiaSync.syncOnce();
            assertThat(samiaPhone.goals().find(goal.id())).isPresent();

            phone.goals().delete(goal.id());
            sync.syncOnce();
            samiaSync.syncOnce();

            assertThat(samiaPhone.goals().find(goal.id())).isEmpty();
            assertThat(samiaPhone.goals().findStored(goal.id()))
                    .hasValueSatisfying(s -> assertThat(s.deleted()).isTrue());
        }
    }

    @Test
    void aBeneficiaryTakenOutOfTheCaseloadLeavesThePhoneAndLateChangesStayVisible() throws Exception {
        Goal goal = phone.goals().save(goal(samia, "Je me sens capable de faire une visio"));
        sync.syncOnce();
        assertThat(phone.goals().find(goal.id())).isPresent();

        removeFromCaseload(camille.id(), samia);
        phone.goals()
                .save(new Goal(
                        goal.id(),
                        samia,
                        goal.theme(),
                        goal.phrasing(),
                        goal.proposedBy(),
                        GoalStatus.ATTEINT,
                        null,
                        goal.openedOn(),
                        null));
        SyncReport report = sync.syncOnce();

        assertThat(report.evicted()).isEqualTo(1);
        assertThat(phone.beneficiaries().findStored(samia)).isEmpty();
        assertThat(phone.goals().findStored(goal.id())).isEmpty();
        assertThat(phone.outbox().pendingCount()).isZero();
        assertThat(phone.outbox().rejected())
                .singleElement()
                .satisfies(e -> assertThat(e.fields()).containsEntry("status", "ATTEINT"));
    }

    /** What an administrator does from their own paired device. */
    private void removeFromCaseload(UUID counsellorId, UUID beneficiaryId) throws Exception {
        adminPhone = new Profiles(dir.resolve("admin"), CLOCK, 1000)
                .create("Nadia Admin", Role.ADMIN, "112233".toCharArray());
        new SyncEngine(adminPhone, HTTP, CLOCK)
                .pairing()
                .pair(server.baseUrl(), server.adminPairingCode(), "Poste de Nadia");
        String token = adminPhone.syncState().get("sync.deviceToken").orElseThrow();
        Request request = new Request.Builder()
                .url(server.baseUrl() + "/api/v1/admin/caseloads/" + counsellorId + "/" + beneficiaryId)
                .header("Jalons-Protocol", "1")
                .header("Authorization", "Bearer " + token)
                .delete()
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertThat(response.isSuccessful())
                    .as("caseload removal answered %s", response.code())
                    .isTrue();
        }
    }
}
