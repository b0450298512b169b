package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Exit;
import org.jalons.domain.Goal;
import org.jalons.domain.Interview;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.Rater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caseload's set-wide queries give what a plain reading of every record, person by person, gives. */
class CaseloadQueryTest {
    @TempDir
    Path dir;

    @Test
    void caseloadMatchesAStraightforwardComputationOnGeneratedData() {
        LocalDate today = LocalDate.ofInstant(TestStores.CLOCK.instant(), ZoneOffset.UTC);
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            CaseloadGenerator.generate(store, 40, 6, today, store.profile().userId());
            List<Beneficiary> people = store.beneficiaries().all();
            // Variety beyond the generator: a closed goal, a deleted goal, a deleted person, an exit, synced people,
            // a fresh drop and a fresh rise of confidence.
            Goal closed = store.goals().forBeneficiary(people.get(1).id()).get(0);
            store.goals()
                    .save(new Goal(
                            closed.id(),
                            closed.beneficiaryId(),
                            closed.theme(),
                            closed.phrasing(),
                            closed.proposedBy(),
                            GoalStatus.ATTEINT,
                            closed.targetDate(),
                            closed.openedOn(),
                            today));
            store.goals()
                    .delete(store.goals()
                            .forBeneficiary(people.get(2).id())
                            .get(1)
                            .id());
            store.beneficiaries().delete(people.get(3).id());
            store.exits()
                    .save(new Exit(
                            UUID.randomUUID(),
                            people.get(4).id(),
                            today.minusDays(3),
                            ExitCategory.values()[0],
                            null,
                            null));
            Goal g5 = store.goals().forBeneficiary(people.get(5).id()).get(0);
            store.checkIns()
                    .save(new CheckIn(
                            UUID.randomUUID(),
                            g5.beneficiaryId(),
                            g5.id(),
                            Rater.BENEFICIARY,
                            10,
                            null,
                            TestStores.CLOCK.instant().minusSeconds(60)));
            store.checkIns()
                    .save(new CheckIn(
                            UUID.randomUUID(),
                            g5.beneficiaryId(),
                            g5.id(),
                            Rater.BENEFICIARY,
                            0,
                            null,
                            TestStores.CLOCK.instant().minusSeconds(30)));
            Goal g6 = store.goals().forBeneficiary(people.get(6).id()).get(2);
            store.checkIns()
                    .save(new CheckIn(
                            UUID.randomUUID(),
                            g6.beneficiaryId(),
                            g6.id(),
                            Rater.BENEFICIARY,
                            0,
                            null,
                            TestStores.CLOCK.instant().minusSeconds(60)));
            store.checkIns()
                    .save(new CheckIn(
                            UUID.randomUUID(),
                            g6.beneficiaryId(),
                            g6.id(),
                            Rater.BENEFICIARY,
                            10,
                            null,
                            TestStores.CLOCK.instant().minusSeconds(30)));
            // the person proposed a status on an open goal: the line counts it until the counsellor answers
            Goal g7 = store.goals().forBeneficiary(people.get(7).id()).get(0);
            store.goals()
                    .save(g7.withProposal(
                            org.jalons.protocol.Vocabulary.ProposedStatus.ATTEINT, TestStores.CLOCK.instant()));
            Set<UUID> synced = people.stream()
                    .filter(p -> people.indexOf(p) % 3 == 0)
                    .map(Beneficiary::id)
                    .collect(Collectors.toSet());
            store.database().inTransaction(c -> {
                for (OutboxEntry e : store.outbox().pending(Integer.MAX_VALUE)) {
                    if (synced.contains(e.beneficiaryId())) {
                        store.outbox().acknowledge(c, e.changeId());
                    }
                }
                return null;
            });

            List<CaseloadRow> expected = straightforward(store, today, TestStores.CLOCK.instant());
            List<CaseloadRow> actual = store.beneficiaries().caseload();

            assertThat(actual).containsExactlyElementsOf(expected);
            assertThat(actual).hasSize(39);
            assertThat(actual)
                    .anyMatch(CaseloadRow::confidenceDropping)
                    .anyMatch(r -> !r.confidenceDropping())
                    .anyMatch(CaseloadRow::pendingSync)
                    .anyMatch(r -> !r.pendingSync())
                    .anyMatch(CaseloadRow::exited)
                    .anyMatch(r -> r.overdueGoals() > 0);
            assertThat(actual.stream()
                            .filter(r -> r.beneficiaryId().equals(people.get(7).id()))
                            .findFirst()
                            .orElseThrow()
                            .proposals())
                    .isEqualTo(g7.isOpen() ? 1 : 0);
            assertThat(actual).anyMatch(r -> r.proposals() > 0);
            assertThat(actual.stream()
                            .filter(r -> r.beneficiaryId().equals(people.get(5).id()))
                            .findFirst()
                            .orElseThrow()
                            .confidenceDropping())
                    .isTrue();
        }
    }

    /** Every line computed from the records read person by person, as a reader of the rules would. */
    private static List<CaseloadRow> straightforward(LocalStore store, LocalDate today, Instant now) {
        Set<UUID> pending = store.outbox().pending(Integer.MAX_VALUE).stream()
                .map(OutboxEntry::beneficiaryId)
                .collect(Collectors.toSet());
        return store.beneficiaries().all().stream()
                .sorted(Comparator.comparing((Beneficiary b) -> b.displayName().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Beneficiary::id))
                .map(b -> {
                    List<Goal> open = store.goals().forBeneficiary(b.id()).stream()
                            .filter(Goal::isOpen)
                            .toList();
                    int overdue = (int) open.stream()
                            .filter(g ->
                                    g.targetDate() != null && g.targetDate().isBefore(today))
                            .count();
                    List<CheckIn> checkIns = store.checkIns().forBeneficiaryOverTime(b.id());
                    List<Interview> interviews = store.interviews().forBeneficiary(b.id());
                    Instant next = interviews.stream()
                            .map(Interview::nextAppointment)
                            .filter(Objects::nonNull)
                            .filter(t -> !t.isBefore(now))
                            .min(Comparator.naturalOrder())
                            .orElse(null);
                    LocalDate last = interviews.stream()
                            .map(Interview::date)
                            .filter(Objects::nonNull)
                            .max(Comparator.naturalOrder())
                            .orElse(null);
                    boolean dropping = open.stream().anyMatch(g -> {
                        List<CheckIn> self = checkIns.stream()
                                .filter(ci -> g.id().equals(ci.goalId()) && ci.rater() == Rater.BENEFICIARY)
                                .sorted(Comparator.comparing(CheckIn::ratedAt).reversed())
                                .toList();
                        return self.size() >= 2
                                && self.get(0).rating() < self.get(1).rating();
                    });
                    return new CaseloadRow(
                            b.id(),
                            b.displayName(),
                            open.size(),
                            overdue,
                            latest(checkIns, Rater.BENEFICIARY),
                            latest(checkIns, Rater.COUNSELLOR),
                            next,
                            last,
                            pending.contains(b.id()),
                            !store.exits().forBeneficiary(b.id()).isEmpty(),
                            dropping,
                            false,
                            (int) open.stream().filter(Goal::hasProposal).count());
                })
                .toList();
    }

    private static Integer latest(List<CheckIn> checkIns, Rater rater) {
        return checkIns.stream()
                .filter(ci -> ci.rater() == rater)
                .max(Comparator.comparing(CheckIn::ratedAt).thenComparing(CheckIn::rating))
                .map(CheckIn::rating)
                .orElse(null);
    }
}
