package org.jalons.visit;

import java.util.List;
import org.jalons.domain.Barrier;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;

/**
 * Finishing a home visit: the interview, both voices of each co-rating, the changes to goals, steps and barriers,
 * and the removal of the visit's draft, written in one store transaction. A failure anywhere leaves the store as it
 * was and the draft in place, so the visit can be finished again. Runs on the store thread.
 */
public final class FinishVisit {
    /** What a finished visit writes, prepared from its answers. */
    public record Records(
            Interview interview,
            List<CheckIn> checkIns,
            List<Goal> goals,
            List<GoalStep> steps,
            List<Barrier> barriers,
            DraftKey draftKey) {
        public Records {
            checkIns = List.copyOf(checkIns);
            goals = List.copyOf(goals);
            steps = List.copyOf(steps);
            barriers = List.copyOf(barriers);
        }
    }

    private final LocalStore store;

    public FinishVisit(LocalStore store) {
        this.store = store;
    }

    /** Check-ins and the interview keep the ids fixed in the draft: one already stored is not written twice. */
    public void run(Records visit) {
        store.inOneTransaction(() -> {
            for (CheckIn c : visit.checkIns()) {
                if (store.checkIns().find(c.id()).isEmpty()) {
                    store.checkIns().save(c);
                }
            }
            visit.goals().forEach(store.goals()::save);
            visit.steps().forEach(store.goalSteps()::save);
            visit.barriers().forEach(store.barriers()::save);
            if (store.interviews().find(visit.interview().id()).isEmpty()) {
                store.interviews().save(visit.interview());
            }
            store.drafts().clear(visit.draftKey());
        });
    }
}
