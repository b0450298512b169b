package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.storage.CaseloadRow;
import org.jalons.storage.DemoOrganisation;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;

/**
 * A six-month follow-up that is due is a marker of its own on the person's caseload line, counts in "needs
 * attention", and is what the person's file shows at its top: the line and the file follow one rule
 * ({@link FollowUp#isDue(Exit, FollowUp, LocalDate)}), whatever records the store holds.
 */
class FollowUpDueTest extends DemoStoreTest {
    static final UUID AMINATA = DemoOrganisation.AMINATA;

    private void exitOn(LocalDate day) {
        ExitEditorModel exit =
                new ExitEditorModel(store, new DirectBackground(), EditorTarget.create(AMINATA), fr, TODAY);
        exit.value("exitDate").set(day.toString());
        exit.value("category").set(ExitCategory.EMPLOI_TRANSITION.name());
        assertThat(exit.commit()).isTrue();
    }

    private CaseloadViewModel caseload() {
        CaseloadViewModel model = new CaseloadViewModel(
                store.beneficiaries()::caseload, new DirectBackground(), fr, CLOCK, ZoneOffset.UTC);
        model.load();
        return model;
    }

    private CaseloadRow row(CaseloadViewModel model) {
        return model.visibleRows().stream()
                .filter(r -> r.beneficiaryId().equals(AMINATA))
                .findFirst()
                .orElseThrow();
    }

    /** What the top of the file shows: FileView puts "record the follow-up" first when this holds. */
    private boolean fileSaysDue() {
        BeneficiaryFile file = BeneficiaryFile.load(store, AMINATA);
        return file.exit().isPresent()
                && FollowUp.isDue(file.exit().get(), file.followUp().orElse(null), TODAY);
    }

    @Test
    void aDueFollowUpIsAMarkerOfItsOwnFirstOnTheLineAndInNeedsAttention() {
        exitOn(TODAY.minusMonths(7));
        CaseloadViewModel model = caseload();
        CaseloadRow aminata = row(model);
        assertThat(aminata.followUpDue()).isTrue();
        CaseloadRowText text = CaseloadRowText.of(aminata, fr, ZoneOffset.UTC, TODAY);
        assertThat(text.followUpDue()).isEqualTo("Suivi à 6 mois à faire");
        assertThat(text.exited()).isEqualTo("Sortie du dispositif");
        assertThat(java.util.Arrays.stream(text.markers())
                        .filter(m -> m != null)
                        .findFirst())
                .contains("Suivi à 6 mois à faire");
        assertThat(text.spoken()).contains("Suivi à 6 mois à faire");

        model.filterProperty().set(CaseloadFilter.ATTENTION);
        assertThat(model.visibleRows()).extracting(CaseloadRow::beneficiaryId).contains(AMINATA);
        assertThat(fileSaysDue()).isTrue();
    }

    @Test
    void beforeItsDateOrOnceRecordedThereIsNoMarkerAndTheFileAgrees() {
        exitOn(TODAY.minusMonths(2));
        CaseloadRow planned = row(caseload());
        assertThat(planned.followUpDue()).isFalse();
        assertThat(CaseloadRowText.of(planned, fr, ZoneOffset.UTC, TODAY).followUpDue())
                .isNull();
        assertThat(CaseloadRowText.of(planned, fr, ZoneOffset.UTC, TODAY).exited())
                .isEqualTo("Sortie du dispositif");
        assertThat(fileSaysDue()).isFalse();

        exitOn(TODAY.minusMonths(7));
        FollowUpEditorModel record = new FollowUpEditorModel(store, new DirectBackground(), AMINATA, fr, TODAY);
        record.value("situation").set(ExitCategory.EMPLOI_DURABLE.name());
        assertThat(record.commit()).isTrue();
        assertThat(row(caseload()).followUpDue()).isFalse();
        assertThat(fileSaysDue()).isFalse();
    }

    @Test
    void anExitThatCameWithoutItsPlannedFollowUpIsDueSixMonthsLaterOnTheLineAsInTheFile() {
        // Synced from a device that saved the exit only: no FOLLOW_UP record.
        store.exits()
                .save(new Exit(
                        UUID.randomUUID(), AMINATA, TODAY.minusMonths(7), ExitCategory.SORTIE_POSITIVE, null, null));
        assertThat(store.followUps().forBeneficiary(AMINATA)).isEmpty();
        assertThat(row(caseload()).followUpDue()).isTrue();
        assertThat(fileSaysDue()).isTrue();
    }

    @Test
    void onlyTheLatestExitsFollowUpCountsOnTheLineAsInTheFile() {
        exitOn(TODAY.minusMonths(9));
        // A later exit (another parcours period) whose follow-up is months away: the older one no longer counts.
        Exit later = new Exit(
                UUID.randomUUID(),
                AMINATA,
                TODAY.minusMonths(1),
                ExitCategory.EMPLOI_DURABLE,
                null,
                Exit.followUpDueFor(TODAY.minusMonths(1)));
        store.exits().save(later);
        store.followUps()
                .save(new FollowUp(UUID.randomUUID(), AMINATA, later.id(), later.followUpDue(), null, null, null));
        assertThat(store.followUps().forBeneficiary(AMINATA)).anyMatch(f -> f.isDue(TODAY));
        assertThat(row(caseload()).followUpDue()).isFalse();
        assertThat(fileSaysDue()).isFalse();
    }
}
