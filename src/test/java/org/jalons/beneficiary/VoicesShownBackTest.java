package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.Note;
import org.jalons.domain.SaidAtOnce;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person's words and their counsellor's, shown back to them in "Mon parcours", each in its own voice. */
class VoicesShownBackTest {
    static final Instant VISIT = Instant.parse("2030-01-15T10:00:00Z");

    @TempDir
    Path dir;

    LocalStore store;
    final Clock clock = Clock.systemUTC();
    final Messages fr = new Messages(Language.FRENCH);
    final DirectBackground background = new DirectBackground();
    Goal permis;

    @BeforeEach
    void openSamiaAfterAVisit() {
        store = new Profiles(dir, clock, 1000).openDemo(Role.BENEFICIARY);
        permis = store.goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(g -> g.phrasing().contains("permis"))
                .findFirst()
                .orElseThrow();
        String answer = "Je compte le code, ma conseillère compte la conduite";
        store.checkIns()
                .save(new CheckIn(
                        UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        permis.id(),
                        Rater.BENEFICIARY,
                        9,
                        "Le code, je l’ai",
                        VISIT,
                        answer));
        store.checkIns()
                .save(new CheckIn(
                        UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        permis.id(),
                        Rater.COUNSELLOR,
                        6,
                        "Encore la conduite en ville",
                        VISIT,
                        answer));
    }

    @AfterEach
    void close() {
        store.close();
    }

    ProgressViewModel progress(boolean easyRead) {
        ProgressViewModel model =
                new ProgressViewModel(store, background, new EasyRead(fr, easyRead, 1.0), ZoneOffset.UTC);
        model.load();
        return model;
    }

    @Test
    void progressShowsEachVoiceWithItsOwnRatingAndWordsAndTheGapAnswerNewestFirst() {
        ProgressViewModel model = progress(false);
        List<SaidAtOnce> said = model.said(permis.id());
        assertThat(said).isNotEmpty();
        SaidAtOnce visit = said.get(0);
        assertThat(visit.at()).isEqualTo(VISIT);
        assertThat(visit.voices())
                .extracting(model::voiceText)
                .containsExactly(
                        "Moi, 9/10\u00a0: «\u00a0Le code, je l’ai\u00a0»",
                        "Ma conseillère Camille, 6/10\u00a0: «\u00a0Encore la conduite en ville\u00a0»");
        assertThat(model.gapText(visit.gapAnswer()))
                .isEqualTo("Ce qui nous fait voir les choses différemment\u00a0: "
                        + "Je compte le code, ma conseillère compte la conduite");
        assertThat(model.saidOn(visit.at())).isEqualTo("Le 15 janvier 2030");
        // the demo's earlier words (Samia's own comment) come after, and never mixed with this visit's
        assertThat(said.subList(1, said.size()))
                .allSatisfy(m -> assertThat(m.at()).isBefore(VISIT));
        // the chart's points stay each voice's own ratings: no 7.5 or other mean appears
        ProgressViewModel.GoalProgress g = model.goals().stream()
                .filter(p -> p.goalId().equals(permis.id()))
                .findFirst()
                .orElseThrow();
        assertThat(g.self()).last().extracting(ProgressViewModel.Point::rating).isEqualTo(9);
        assertThat(g.counsellor())
                .last()
                .extracting(ProgressViewModel.Point::rating)
                .isEqualTo(6);
    }

    @Test
    void inEasyReadTheWordsAreShortSentences() {
        ProgressViewModel model = progress(true);
        SaidAtOnce visit = model.said(permis.id()).get(0);
        assertThat(visit.voices())
                .extracting(model::voiceText)
                .containsExactly(
                        "Moi\u00a0: 9 sur 10. J’ai dit\u00a0: «\u00a0Le code, je l’ai\u00a0»",
                        "Ma conseillère Camille\u00a0: 6 sur 10. Ses mots\u00a0: «\u00a0Encore la conduite en ville\u00a0»");
        assertThat(model.gapText(visit.gapAnswer())).startsWith("Pourquoi nos notes ne sont pas les mêmes\u00a0: ");
    }

    @Test
    void myNotesAreMineOnlyNewestFirst() {
        store.notes()
                .save(new Note(
                        UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        "Leçon de conduite demain",
                        Instant.parse("2030-01-10T18:00:00Z"),
                        Rater.BENEFICIARY));
        store.notes()
                .save(new Note(
                        UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        "Note de la conseillère",
                        Instant.parse("2030-01-12T18:00:00Z"),
                        Rater.COUNSELLOR));
        MyParcoursViewModel model = new MyParcoursViewModel(store, background, fr, clock);
        model.load();
        assertThat(model.notes().lines())
                .extracting(MyNotes.Line::text)
                .startsWith("Leçon de conduite demain", "J’ai eu 32/40 au test de code blanc\u00a0!")
                .doesNotContain("Note de la conseillère");
    }
}
