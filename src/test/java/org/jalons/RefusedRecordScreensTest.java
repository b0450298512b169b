package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jalons.RefusedRecordScreens.Target;
import org.jalons.caseload.EditorTarget;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.syncui.RejectedItem;
import org.jalons.ui.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused change opens where it is fixed: its record's editor for the role, else the file it belongs to. */
class RefusedRecordScreensTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    LocalStore store;
    UUID samia = UUID.randomUUID();
    UUID goal = UUID.randomUUID();
    UUID step = UUID.randomUUID();

    @BeforeEach
    void aGoalWithAStep() {
        store = new Profiles(dir, CLOCK, 1000).create("Camille", Role.COUNSELLOR, "123456".toCharArray());
        store.beneficiaries()
                .save(new Beneficiary(
                        samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
        store.goals()
                .save(new Goal(
                        goal,
                        samia,
                        Term.of(GoalTheme.MOBILITE),
                        "Passer le permis B",
                        ProposedBy.JOINT,
                        GoalStatus.EN_COURS,
                        null,
                        LocalDate.of(2026, 4, 1),
                        null));
        store.goalSteps().save(new GoalStep(step, samia, goal, "Code de la route", StepStatus.A_FAIRE, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    RejectedItem refused(RecordKind kind, UUID record, boolean deletion) {
        return new RejectedItem(
                UUID.randomUUID(), "what", "Samia B.", "today", "why", false, kind, record, samia, deletion);
    }

    Target where(Role role, RejectedItem item) {
        return RefusedRecordScreens.screen(store, role, item).orElseThrow();
    }

    @Test
    void forACounsellorEachRecordOpensInItsEditor() {
        assertThat(where(Role.COUNSELLOR, refused(RecordKind.GOAL, goal, false)))
                .isEqualTo(new Target(Screen.GOAL_EDITOR, new EditorTarget(samia, goal)));
        assertThat(where(Role.COUNSELLOR, refused(RecordKind.GOAL_STEP, step, false)))
                .as("a step is edited in its goal")
                .isEqualTo(new Target(Screen.GOAL_EDITOR, new EditorTarget(samia, goal)));
        assertThat(where(Role.COUNSELLOR, refused(RecordKind.BENEFICIARY, samia, false)))
                .isEqualTo(new Target(Screen.PROFILE_EDITOR, samia));
    }

    @Test
    void aDeletionOrARecordNoLongerHeldOpensTheFile() {
        assertThat(where(Role.COUNSELLOR, refused(RecordKind.GOAL, goal, true)))
                .isEqualTo(new Target(Screen.BENEFICIARY_FILE, samia));
        assertThat(where(Role.COUNSELLOR, refused(RecordKind.TRAINING, UUID.randomUUID(), false)))
                .isEqualTo(new Target(Screen.BENEFICIARY_FILE, samia));
        assertThat(where(Role.COUNSELLOR, refused(RecordKind.NOTE, UUID.randomUUID(), false)))
                .isEqualTo(new Target(Screen.BENEFICIARY_FILE, samia));
    }

    @Test
    void forThePersonAGoalOrAStepOpensTheirGoalAndASupervisorHasNoEditor() {
        assertThat(where(Role.BENEFICIARY, refused(RecordKind.GOAL, goal, false)))
                .isEqualTo(new Target(Screen.MY_GOAL, goal));
        assertThat(where(Role.BENEFICIARY, refused(RecordKind.GOAL_STEP, step, false)))
                .isEqualTo(new Target(Screen.MY_GOAL, goal));
        assertThat(where(Role.BENEFICIARY, refused(RecordKind.GOAL, goal, true)))
                .isEqualTo(new Target(Screen.BENEFICIARY_HOME, null));
        assertThat(RefusedRecordScreens.screen(store, Role.SUPERVISOR, refused(RecordKind.GOAL, goal, false)))
                .isEmpty();
    }
}
