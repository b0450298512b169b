package org.jalons.beneficiary;

import java.util.UUID;
import org.jalons.session.AppServices;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.View;

/** How the person's screens with more than a view and a model are built; {@code org.jalons.AppScreens} lists them. */
public final class BeneficiaryScreens {
    private BeneficiaryScreens() {}

    /** "Mon objectif": the goal's steps, from which the person adds a step or says how confident they feel. */
    public static View myGoal(AppServices services, UUID goalId) {
        EasyRead texts = services.easyRead();
        Navigator nav = services.navigator();
        return new MyGoalView(
                new MyGoalViewModel(services.store(), services.background(), texts, services.clock(), goalId),
                texts,
                new MyGoalView.Actions() {
                    @Override
                    public void newStep(UUID goal) {
                        nav.goTo(Screen.MY_NEW_STEP, goal);
                    }

                    @Override
                    public void checkIn(UUID goal) {
                        nav.goTo(Screen.MY_CHECK_IN, goal);
                    }
                });
    }
}
