package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.jalons.domain.Goal;
import org.jalons.domain.Interview;
import org.jalons.journal.JournalEntry;
import org.jalons.journal.JournalKind;
import org.jalons.journal.JournalRow;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A person's journal in the real app: the counsellor's, from the file, and the person's own, in easy-read. */
class JournalAppTest extends RealAppTest {
    @TempDir
    Path home;

    AppServices context;

    @BeforeEach
    void start() throws TimeoutException {
        startApp(home, c -> context = c);
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    private void openSamiasJournal() {
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        waitUntil(() -> lookup(".person-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Samia B.")));
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Samia B."))
                .findFirst()
                .orElseThrow());
        revealAndTap("#tab-journal");
        // The tab tells the counsellor that the person reads this journal too, interview notes included.
        waitUntil(() -> lookup(".hint").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(context.messages().get("journal.tab.access"))));
        revealAndTap("#open-journal");
        waitFor("#journal-list");
        waitUntil(() -> !list().getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private ListView<JournalRow> list() {
        return lookup("#journal-list").queryAs(ListView.class);
    }

    private List<JournalEntry> shown() {
        return list().getItems().stream()
                .filter(r -> r instanceof JournalRow.Entry)
                .map(r -> ((JournalRow.Entry) r).entry())
                .toList();
    }

    /** A cell the list draws (not the one it keeps hidden to measure lines), within the list's bounds. */
    private boolean shownOnScreen(javafx.scene.Node cell) {
        for (javafx.scene.Node n = cell; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        javafx.geometry.Bounds l = list().localToScreen(list().getBoundsInLocal());
        return b != null && l.contains(b.getCenterX(), b.getCenterY());
    }

    /** Taps the line of the first entry of {@code kind} in the list (the list shows them newest first). */
    private JournalEntry tapFirst(JournalKind kind) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5); // the list laid out after the filter changed
        int index = 0;
        while (!(list().getItems().get(index) instanceof JournalRow.Entry e
                && e.entry().kind() == kind)) {
            index++;
        }
        int at = index;
        JournalRow row = list().getItems().get(at);
        ListCell<?> cell = lookup(".journal-row-entry").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == at && c.getItem() == row && shownOnScreen(c))
                .findFirst()
                .orElseThrow();
        clickOn(cell.lookup(".journal-headline"));
        return ((JournalRow.Entry) row).entry();
    }

    @Test
    void theCounsellorFiltersTheJournalByGoalAndByKindThenReadsAnInterviewInFull() {
        openSamiasJournal();
        assertThat(title()).isEqualTo("Journal");
        List<JournalEntry> all = shown();
        assertThat(all)
                .extracting(JournalEntry::kind)
                .contains(JournalKind.INTERVIEW, JournalKind.CHECK_IN, JournalKind.GOAL);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).date()).isBeforeOrEqualTo(all.get(i - 1).date());
        }
        assertThat(list().getItems().get(0)).isInstanceOf(JournalRow.Month.class);

        // By goal: the first goal offered, and only its entries.
        tap("#journal-goal");
        waitFor("#journal-goals-0");
        String goalWords = lookup("#journal-goals-0").queryButton().getText();
        tap("#journal-goals-0");
        waitUntil(() -> lookup("#journal-goal").queryButton().getText().equals(goalWords));
        Goal goal = context.store().goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(g -> g.phrasing().equals(goalWords))
                .findFirst()
                .orElseThrow();
        assertThat(shown())
                .isNotEmpty()
                .allMatch(e -> goal.id().equals(e.goalId()))
                .hasSizeLessThan(all.size());
        // Both voices of the goal's ratings, each its own line.
        assertThat(shown())
                .filteredOn(e -> e.kind() == JournalKind.CHECK_IN)
                .extracting(JournalEntry::voice)
                .contains(
                        org.jalons.protocol.Vocabulary.Rater.BENEFICIARY,
                        org.jalons.protocol.Vocabulary.Rater.COUNSELLOR);

        // Every goal again, then interviews only.
        tap("#journal-goal");
        tap("#journal-goals-all");
        tap("#journal-kind");
        tap("#journal-kinds-interview");
        waitUntil(() -> lookup("#journal-kind").queryButton().getText().equals("Entretien"));
        List<Interview> interviews = context.store().interviews().forBeneficiary(DemoOrganisation.SAMIA);
        assertThat(shown()).hasSize(interviews.size()).allMatch(e -> e.kind() == JournalKind.INTERVIEW);

        JournalEntry tapped = tapFirst(JournalKind.INTERVIEW);
        waitFor("#journal-entry");
        assertThat(title()).isEqualTo("Dans le journal");
        Interview interview =
                context.store().interviews().find(tapped.recordId()).orElseThrow();
        assertThat(textOf("#journal-entry-notes")).isEqualTo(interview.notes());
        assertThat(textOf("#journal-entry-decisions"))
                .isEqualTo(
                        interview.decisions() == null || interview.decisions().isBlank()
                                ? "Rien d’écrit."
                                : interview.decisions());
        tap("#back");
        waitFor("#journal-list");
    }

    @Test
    void onAWideWindowAnInterviewOpensBesideTheListAndAGoalOpensItsEditor() throws Exception {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        interact(() -> stage.setWidth(900));
        try {
            openSamiasJournal();
            tap("#journal-kind");
            tap("#journal-kinds-interview");
            waitUntil(() -> shown().stream().allMatch(e -> e.kind() == JournalKind.INTERVIEW));
            JournalEntry tapped = tapFirst(JournalKind.INTERVIEW);
            waitFor("#detail-pane #journal-entry");
            assertThat(title()).isEqualTo("Journal");
            Interview interview =
                    context.store().interviews().find(tapped.recordId()).orElseThrow();
            assertThat(textOf("#detail-pane #journal-entry-notes")).isEqualTo(interview.notes());

            tap("#journal-kind");
            tap("#journal-kinds-goal");
            waitUntil(() -> !shown().isEmpty() && shown().stream().allMatch(e -> e.kind() == JournalKind.GOAL));
            tapFirst(JournalKind.GOAL);
            waitUntil(() -> !title().equals("Journal"));
            assertThat(title()).isEqualTo(context.messages().get("goal.title.edit"));
        } finally {
            org.jalons.testing.Windows.restoreSize();
        }
    }

    @Test
    void thePersonReadsEverythingRecordedAboutThemInEasyReadTheCounsellorsInterviewNotesIncluded() {
        tap("#easy-read");
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        revealAndTap("#my-journal");
        waitFor("#journal-list");
        waitUntil(() -> !list().getItems().isEmpty());
        assertThat(title()).isEqualTo("Mon journal");
        assertThat(lookup("#journal").query().getStyleClass()).contains("easy-read");
        UUID me = context.store().profile().beneficiaryId();
        List<Interview> interviews = context.store().interviews().forBeneficiary(me);
        assertThat(interviews).isNotEmpty();
        assertThat(shown()).filteredOn(e -> e.kind() == JournalKind.INTERVIEW).hasSize(interviews.size());
        assertThat(lookup(".journal-kind").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.startsWith("Rencontre\n"));

        tap("#journal-kind");
        tap("#journal-kinds-interview");
        waitUntil(() -> shown().stream().allMatch(e -> e.kind() == JournalKind.INTERVIEW));
        JournalEntry tapped = tapFirst(JournalKind.INTERVIEW);
        waitFor("#journal-entry");
        assertThat(title()).isEqualTo("Dans mon journal");
        Interview interview =
                context.store().interviews().find(tapped.recordId()).orElseThrow();
        assertThat(textOf("#journal-entry-notes")).isEqualTo(interview.notes());
        assertThat(textOf("#journal-entry-who")).isEqualTo("Mon conseiller");
    }
}
