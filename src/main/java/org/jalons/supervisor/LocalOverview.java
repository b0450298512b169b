package org.jalons.supervisor;

import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Corrections;
import org.jalons.domain.Goal;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;

/**
 * Counts over the records that are on this device only. The organisation's real figures (per team and period,
 * with small groups hidden) come from the server once sync exists; these are never presented as such.
 * Interviews are counted too, so that the numbers stand next to the qualitative work behind them.
 */
public record LocalOverview(int people, int goalsOpen, int goalsAchieved, int trainingsCertified, int interviews) {

    public static LocalOverview of(LocalStore store) {
        int people = 0;
        int open = 0;
        int achieved = 0;
        int certified = 0;
        int interviews = 0;
        for (Beneficiary b : store.beneficiaries().all()) {
            UUID id = b.id();
            people++;
            for (Goal g : store.goals().forBeneficiary(id)) {
                open += g.isOpen() ? 1 : 0;
                achieved += g.status() == GoalStatus.ATTEINT ? 1 : 0;
            }
            for (Training t : store.trainings().forBeneficiary(id)) {
                certified += t.status() == TrainingStatus.CERTIFIEE ? 1 : 0;
            }
            interviews +=
                    Corrections.current(store.interviews().forBeneficiary(id)).size();
        }
        return new LocalOverview(people, open, achieved, certified, interviews);
    }
}
