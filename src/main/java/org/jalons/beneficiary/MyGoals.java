package org.jalons.beneficiary;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jalons.domain.Goal;
import org.jalons.domain.WriteRights;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;

/** My open goals, to choose one (for a check-in, a step or a training): newest first. */
public record MyGoals(UUID id, String phrasing, GoalTheme theme) {

    public static List<MyGoals> open(LocalStore store) {
        return open(store, g -> true);
    }

    /** My open goals I may add steps to: those I proposed myself (write rights, PROTOCOL.md). */
    public static List<MyGoals> forNewSteps(LocalStore store) {
        return open(
                store,
                g -> WriteRights.allows(
                        Role.BENEFICIARY,
                        "goalStep",
                        WriteRights.Operation.CREATE,
                        Set.of(),
                        condition -> WriteRights.STEP_OF_OWN_GOAL.equals(condition)
                                && g.proposedBy() == ProposedBy.BENEFICIARY));
    }

    private static List<MyGoals> open(LocalStore store, Predicate<Goal> which) {
        UUID me = store.profile().beneficiaryId();
        if (me == null) {
            return List.of();
        }
        return store.goals().forBeneficiary(me).stream()
                .filter(Goal::isOpen)
                .filter(which)
                .sorted(Comparator.comparing(Goal::openedOn, Comparator.reverseOrder()))
                .map(g -> new MyGoals(g.id(), g.phrasing(), g.theme().known()))
                .toList();
    }
}
