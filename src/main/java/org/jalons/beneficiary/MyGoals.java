package org.jalons.beneficiary;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Goal;
import org.jalons.domain.Vocabulary.GoalTheme;
import org.jalons.storage.LocalStore;

/** My open goals, to choose one (for a check-in, a step or a training): newest first. */
record MyGoals(UUID id, String phrasing, GoalTheme theme) {

    static List<MyGoals> open(LocalStore store) {
        UUID me = store.profile().beneficiaryId();
        if (me == null) {
            return List.of();
        }
        return store.goals().forBeneficiary(me).stream().filter(Goal::isOpen)
                .sorted(Comparator.comparing(Goal::openedOn, Comparator.reverseOrder()))
                .map(g -> new MyGoals(g.id(), g.phrasing(), g.theme().known()))
                .toList();
    }
}
