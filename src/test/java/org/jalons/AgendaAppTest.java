package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.kit.DateFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counsellor's agenda shows what is due besides appointments: a late follow-up on top, a training that starts. */
class AgendaAppTest extends RealAppTest {
    static final String PIN = "123456";

    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    @Test
    void aLateFollowUpComesFirstAndATrainingThatStartsIsOnItsDayEachOpeningItsRecord() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate due = today.minusMonths(1);
        LocalDate start = today.plusWeeks(2);
        new LanguageSetting(home).save(Language.FRENCH);
        try (LocalStore store =
                new Profiles(home, Clock.systemUTC(), 1000).create("Alex", Role.COUNSELLOR, PIN.toCharArray())) {
            UUID karim = person(store, "Karim A.", today);
            UUID samia = person(store, "Samia B.", today);
            UUID exit = UUID.randomUUID();
            store.exits().save(new Exit(exit, karim, today.minusMonths(7), ExitCategory.EMPLOI_TRANSITION, null, null));
            store.followUps().save(new FollowUp(UUID.randomUUID(), karim, exit, due, null, null, null));
            store.trainings()
                    .save(new Training(
                            UUID.randomUUID(),
                            samia,
                            null,
                            "CACES R489",
                            "AFPA",
                            TrainingKind.CERTIFYING,
                            Term.of(Certification.CACES),
                            null,
                            35.0,
                            0.0,
                            start,
                            start.plusWeeks(1),
                            TrainingStatus.PREVUE));
        }
        startApp(home);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#caseload");
        tap("#place-agenda");
        waitFor("#agenda-late");

        VBox agenda = lookup("#agenda").queryAs(VBox.class);
        assertThat(agenda.getChildren().get(0).getId())
                .as("the late follow-ups on top")
                .isEqualTo("agenda-late");
        assertThat(textOf("#agenda-late .section-heading")).isEqualTo("Relances en retard");
        Button followUp = lookup("#follow-up-0").queryButton();
        assertThat(followUp.getText())
                .isEqualTo("Relance de Karim A.\u00a0: suivi à 6 mois prévu le " + DateFormats.shortDate(due));
        assertThat(followUp.getAccessibleText())
                .isEqualTo("Relance de Karim A., suivi à 6 mois prévu le " + DateFormats.shortDate(due)
                        + "\u00a0: ouvrir le suivi");
        assertThat(followUp.getStyleClass()).contains("agenda-follow-up-late");
        Button training = lookup("#training-start-0").queryButton();
        assertThat(training.getText()).isEqualTo("Début de formation\u00a0: CACES R489 · Samia B.");
        assertThat(lookup("#agenda .agenda-day .section-heading").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .containsExactly(DateFormats.fullDate(start, java.util.Locale.FRENCH));
        assertThat(lookup("#agenda .agenda-appointment").tryQuery())
                .as("no appointment set")
                .isEmpty();

        tap("#follow-up-0");
        waitUntil(() -> title().equals("Suivi à 6 mois"));
        tap("#back");
        waitFor("#training-start-0");
        tap("#training-start-0");
        waitUntil(() -> title().equals("Formation"));
        assertThat(lookup(".text-field").queryAllAs(javafx.scene.control.TextField.class))
                .extracting(javafx.scene.control.TextField::getText)
                .contains("CACES R489");
    }

    private static UUID person(LocalStore store, String name, LocalDate today) {
        UUID id = UUID.randomUUID();
        store.beneficiaries()
                .save(new Beneficiary(id, name, null, today.minusYears(1), null, null, List.of(), null, null));
        return id;
    }
}
