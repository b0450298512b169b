package org.jalons.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.domain.WorkObservation;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.WorkSkill;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work supervisor's team and observation editor, on Karim's demo phone. */
class WorkViewModelsTest {
    @TempDir
    Path dir;

    LocalStore store;
    final Clock clock = Clock.systemUTC();
    final Messages messages = new Messages(Language.FRENCH);

    @BeforeEach
    void openKarim() {
        store = new Profiles(dir, clock, 1000).openDemo(Role.WORK_SUPERVISOR);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ObservationModel editor(java.util.UUID person, java.util.UUID observation) {
        return new ObservationModel(
                store, new DirectBackground(), messages, clock, ZoneOffset.UTC, person, observation);
    }

    private List<OutboxEntry> pendingObservations() {
        return store.outbox().pending(1000).stream()
                .filter(e -> e.kind() == RecordKind.WORK_OBSERVATION)
                .toList();
    }

    @Test
    void theTeamsListTheirPeopleWithTheLastObservationAndThePeopleInNoTeamLast() {
        List<WorkTeam.Team> teams = WorkTeam.of(store, "Sans équipe");

        assertThat(teams)
                .extracting(WorkTeam.Team::name)
                .containsExactly("Équipe maraîchage", "Équipe ressourcerie", "Sans équipe");
        WorkTeam.Member samia = teams.get(0).members().get(0);
        assertThat(samia.person().displayName()).isEqualTo("Samia B.");
        List<WorkObservation> hers = WorkTeam.observationsOf(store, DemoOrganisation.SAMIA);
        assertThat(hers).hasSizeGreaterThan(1);
        assertThat(hers)
                .extracting(WorkObservation::observedOn)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(samia.last()).isEqualTo(hers.get(0));
        assertThat(teams.get(2).members())
                .extracting(m -> m.person().displayName())
                .containsExactly("Aminata D.");
    }

    @Test
    void aNewObservationIsTodaysAndIsSavedWithItsSkillsRatingCommentTeamAndWhoObserved() {
        ObservationModel model = editor(DemoOrganisation.THOMAS, null);
        assertThat(model.observedOnProperty().get()).isEqualTo(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        model.toggle(Term.of(WorkSkill.CONSIGNES));
        model.ownSkillProperty().set("Tri des métaux");
        model.ratingProperty().set(8);
        model.commentProperty().set("Explique le tri aux nouveaux.");
        AtomicBoolean saved = new AtomicBoolean();

        assertThat(model.save(() -> saved.set(true))).isTrue();

        assertThat(saved).isTrue();
        WorkObservation o =
                WorkTeam.observationsOf(store, DemoOrganisation.THOMAS).get(0);
        assertThat(o.skills()).containsExactly(Term.of(WorkSkill.CONSIGNES), Term.custom("Tri des métaux"));
        assertThat(o.rating()).isEqualTo(8);
        assertThat(o.comment()).isEqualTo("Explique le tri aux nouveaux.");
        assertThat(o.workTeam()).isEqualTo("Équipe ressourcerie");
        assertThat(o.observedBy()).isEqualTo(DemoOrganisation.WORK_SUPERVISOR_NAME);
        assertThat(pendingObservations())
                .singleElement()
                .satisfies(e -> assertThat(e.recordId()).isEqualTo(o.id()));
    }

    @Test
    void anObservationWithNoSkillIsNotSavedAndSaysWhy() {
        ObservationModel model = editor(DemoOrganisation.THOMAS, null);
        model.ratingProperty().set(5);

        assertThat(model.save(() -> {})).isFalse();

        assertThat(model.errorProperty().get())
                .contains("Ce que vous avez observé")
                .contains("obligatoire");
        assertThat(pendingObservations()).isEmpty();
    }

    @Test
    void changingAnObservationKeepsThePersonsAnswer() {
        WorkObservation answered =
                WorkTeam.observationsOf(store, DemoOrganisation.SAMIA).get(0);
        assertThat(answered.answered()).isTrue();
        ObservationModel model = editor(DemoOrganisation.SAMIA, answered.id());
        assertThat(model.skills()).containsExactlyElementsOf(answered.skills());
        model.ratingProperty().set(8);

        assertThat(model.save(() -> {})).isTrue();

        WorkObservation after = store.workObservations().find(answered.id()).orElseThrow();
        assertThat(after.rating()).isEqualTo(8);
        assertThat(after.answer()).isEqualTo(answered.answer());
        assertThat(pendingObservations())
                .singleElement()
                .satisfies(e -> assertThat(e.fields()).containsOnlyKeys("rating"));
    }
}
