package org.jalons;

import java.util.Optional;
import java.util.UUID;
import org.jalons.caseload.EditorTarget;
import org.jalons.domain.GoalStep;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.syncui.RecordOpener;
import org.jalons.syncui.RejectedItem;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/**
 * Where a refused change is fixed, for the screen of refused changes: the editor of its record as the role reaches
 * it (a counsellor's goal, training, barrier, exit or profile editor; a person's goal), else the file it belongs to.
 * A record this phone no longer holds, or a deletion, opens the file (or the person's home): there is nothing left
 * to edit, and the reason says what to do.
 */
final class RefusedRecordScreens {
    private RefusedRecordScreens() {}

    static RecordOpener opener(LocalStore store, Navigator nav) {
        Role role = store.profile().role();
        return item -> screen(store, role, item).map(target -> () -> nav.goTo(target.screen(), target.about()));
    }

    /** A screen and what it is about. */
    record Target(Screen screen, Object about) {}

    static Optional<Target> screen(LocalStore store, Role role, RejectedItem item) {
        UUID person = item.beneficiaryId();
        boolean held = !item.deletion()
                && item.kind() != null
                && store.repository(item.kind()).find(item.recordId()).isPresent();
        return switch (role) {
            case COUNSELLOR, ADMIN -> Optional.of(held ? counsellorEditor(store, item) : file(person));
            case BENEFICIARY ->
                Optional.of(held ? personsEditor(store, item) : new Target(Screen.BENEFICIARY_HOME, null));
            case SUPERVISOR -> Optional.empty();
            // an observation at work is written again from the person's observations, in the team
            case WORK_SUPERVISOR -> Optional.of(new Target(Screen.WORK_TEAM, null));
        };
    }

    private static Target counsellorEditor(LocalStore store, RejectedItem item) {
        UUID person = item.beneficiaryId();
        EditorTarget record = new EditorTarget(person, item.recordId());
        return switch (item.kind()) {
            case BENEFICIARY -> new Target(Screen.PROFILE_EDITOR, person);
            case GOAL -> new Target(Screen.GOAL_EDITOR, record);
            case GOAL_STEP ->
                goalOf(store, item)
                        .map(goal -> new Target(Screen.GOAL_EDITOR, new EditorTarget(person, goal)))
                        .orElse(file(person));
            case TRAINING -> new Target(Screen.TRAINING_EDITOR, record);
            case BARRIER -> new Target(Screen.BARRIER_EDITOR, record);
            case EXIT -> new Target(Screen.EXIT_EDITOR, record);
            case FOLLOW_UP -> new Target(Screen.FOLLOW_UP_EDITOR, person);
            // notes, interviews, check-ins, questionnaires, consents and conflicts are read and written in the file
            default -> file(person);
        };
    }

    private static Target personsEditor(LocalStore store, RejectedItem item) {
        return switch (item.kind()) {
            case GOAL -> new Target(Screen.MY_GOAL, item.recordId());
            case GOAL_STEP ->
                goalOf(store, item)
                        .map(goal -> new Target(Screen.MY_GOAL, goal))
                        .orElse(new Target(Screen.BENEFICIARY_HOME, null));
            default -> new Target(Screen.BENEFICIARY_HOME, null);
        };
    }

    private static Optional<UUID> goalOf(LocalStore store, RejectedItem item) {
        return store.goalSteps().find(item.recordId()).map(GoalStep::goalId);
    }

    private static Target file(UUID person) {
        return new Target(Screen.BENEFICIARY_FILE, person);
    }
}
