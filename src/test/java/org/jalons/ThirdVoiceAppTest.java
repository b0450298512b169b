package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.shape.Path;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.domain.WorkObservation;
import org.jalons.journal.JournalKind;
import org.jalons.journal.JournalRow;
import org.jalons.protocol.Vocabulary.WorkSkill;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.jalons.work.WorkTeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third voice on one phone at a time: the work supervisor records an observation offline and sees it; the
 * counsellor reads observations in the journal and as a third line of the chart in its own colour; the person
 * answers one in easy-read. (Two phones syncing through the server: once the server serves the kind.)
 */
class ThirdVoiceAppTest extends RealAppTest {
    @TempDir
    java.nio.file.Path home;

    AppServices context;

    @BeforeEach
    void start() throws TimeoutException {
        startApp(home, c -> context = c);
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    @Test
    void theWorkSupervisorRecordsAnObservationOfflineAndSeesItInThePersonsList() {
        tap("#discover-demo");
        revealAndTap("#demo-work_supervisor");
        waitFor("#work-team");
        assertThat(title()).isEqualTo("Mon équipe");
        waitFor("#work-person-ThomasL");
        assertThat(lookup(".work-team-name").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Équipe maraîchage", "Équipe ressourcerie");
        revealAndTap("#work-person-ThomasL");
        waitFor("#work-person");
        assertThat(title()).isEqualTo("Thomas L.");

        tap("#work-observation-new");
        waitFor("#work-observation");
        assertThat(title()).isEqualTo("Nouvelle observation");
        revealAndTap("#work-skill-CONSIGNES");
        revealAndTap("#work-skill-TRAVAIL_EQUIPE");
        revealAndTap("#work-skill-own");
        write("Tri des metaux");
        revealAndTap("#work-skill-add");
        revealAndTap("#work-rate-8");
        revealAndTap("#work-observation-comment");
        write("Explique le tri aux nouveaux.");
        revealAndTap("#work-observation-save");

        waitFor("#work-person");
        waitUntil(() -> lookup(".work-observation-comment").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Explique le tri aux nouveaux.")));
        WorkObservation saved = WorkTeam.observationsOf(context.store(), DemoOrganisation.THOMAS).stream()
                .filter(o -> "Explique le tri aux nouveaux.".equals(o.comment()))
                .findFirst()
                .orElseThrow();
        assertThat(saved.skills())
                .containsExactly(
                        Term.of(WorkSkill.CONSIGNES), Term.of(WorkSkill.TRAVAIL_EQUIPE), Term.custom("Tri des metaux"));
        assertThat(saved.rating()).isEqualTo(8);
        assertThat(saved.observedOn()).isEqualTo(context.today());
        assertThat(lookup(".work-observation-skills").queryAllAs(Label.class).stream()
                        .map(Label::getText))
                .contains("Respect des consignes, Travail en équipe, Tri des metaux");
        assertThat(context.store().outbox().pending(100))
                .as("saved on the phone, waiting for the next sync")
                .anyMatch(e ->
                        e.kind() == RecordKind.WORK_OBSERVATION && e.recordId().equals(saved.id()));
    }

    @Test
    void theCounsellorReadsObservationsAtWorkInTheJournalAndAsAThirdLineInItsOwnColour() {
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        waitUntil(() -> lookup(".person-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Samia B.")));
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Samia B."))
                .findFirst()
                .orElseThrow());
        waitFor("#file-last-observation");
        WorkObservation last =
                WorkTeam.observationsOf(context.store(), DemoOrganisation.SAMIA).get(0);
        assertThat(textOf("#file-last-observation")).startsWith("Au travail\u00a0: " + last.rating() + " sur 10");

        waitUntil(() -> !lookup(".ratings-chart").queryAll().isEmpty());
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = lookup(".ratings-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(3);
        assertThat(chart.getData().get(2).getName()).isEqualTo("Au travail (encadrement technique)");
        Path line = (Path) chart.lookup(".chart-series-line.default-color2");
        assertThat(line.getStroke()).hasToString("0x1a7f37ff");
        Path self = (Path) chart.lookup(".chart-series-line.default-color0");
        assertThat(self.getStroke()).isNotEqualTo(line.getStroke());

        revealAndTap("#tab-journal");
        revealAndTap("#open-journal");
        waitFor("#journal-list");
        tap("#journal-kind");
        tap("#journal-kinds-at_work");
        waitUntil(() -> lookup("#journal-kind").queryButton().getText().equals("Au travail"));
        @SuppressWarnings("unchecked")
        ListView<JournalRow> list = lookup("#journal-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r instanceof JournalRow.Entry));
        List<JournalKind> kinds = list.getItems().stream()
                .filter(r -> r instanceof JournalRow.Entry)
                .map(r -> ((JournalRow.Entry) r).entry().kind())
                .toList();
        assertThat(kinds).isNotEmpty().containsOnly(JournalKind.AT_WORK);
        clickOn(lookup(".journal-headline").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Au travail"))
                .findFirst()
                .orElseThrow());
        waitFor("#journal-entry");
        assertThat(textOf("#journal-entry-skills")).isEqualTo("Autonomie, Soin du matériel, Récolte");
        assertThat(textOf("#journal-entry-answer")).isEqualTo(last.answer());
        assertThat(lookup("#journal-correct-entry").tryQuery()).as("read-only").isEmpty();
    }

    @Test
    void thePersonAnswersAnObservationInEasyReadAndSeesTheAnswerUnderIt() {
        tap("#easy-read");
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        WorkObservation open = WorkTeam.observationsOf(context.store(), DemoOrganisation.SAMIA).stream()
                .filter(o -> !o.answered())
                .findFirst()
                .orElseThrow();
        String card = "#my-work-" + open.id();
        reveal(card);
        assertThat(lookup(card + " #my-work-answer").queryAs(Button.class).getText())
                .isEqualTo("Je réponds");
        revealAndTap(card + " #my-work-answer");
        revealAndTap(card + " #my-work-answer-text");
        write("Je range mieux les outils");
        assertThat(lookup(card + " #my-work-answer-send").queryAs(Button.class).getText())
                .isEqualTo("J’envoie ma réponse");
        revealAndTap(card + " #my-work-answer-send");

        waitUntil(() ->
                context.store().workObservations().find(open.id()).orElseThrow().answered());
        assertThat(context.store()
                        .workObservations()
                        .find(open.id())
                        .orElseThrow()
                        .answer())
                .isEqualTo("Je range mieux les outils");
        waitUntil(() -> textOf("#my-work-answer-" + open.id()).equals("Ma réponse\u00a0: Je range mieux les outils"));
        assertThat(lookup("#my-work").query().getScene().getRoot().lookupAll(".easy-read"))
                .isNotEmpty();
    }
}
