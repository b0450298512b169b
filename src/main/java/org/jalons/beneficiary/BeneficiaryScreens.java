package org.jalons.beneficiary;

import java.util.UUID;
import org.jalons.platform.PictureSource;
import org.jalons.session.AppServices;
import org.jalons.ui.EasyRead;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/** Registers the person-followed screens in the navigation table. */
public final class BeneficiaryScreens {
    private BeneficiaryScreens() {}

    public static void register(NavigationTable table, AppServices services) {
        table.register(
                        Screen.BENEFICIARY_HOME,
                        () -> new MyParcoursView(
                                new MyParcoursViewModel(
                                        services.store(), services.background(), services.messages(), services.clock()),
                                services.easyRead(),
                                services.zone(),
                                (screen, about) -> services.navigator().goTo(screen, about),
                                services::lock))
                .registerAbout(Screen.MY_CHECK_IN, about -> {
                    EasyRead texts = services.easyRead();
                    return new CheckInView(
                            new CheckInViewModel(
                                    services.store(),
                                    services.background(),
                                    texts,
                                    services.clock(),
                                    about instanceof UUID goal ? goal : null),
                            texts,
                            () -> home(services));
                })
                .register(Screen.MY_PROGRESS, () -> {
                    EasyRead texts = services.easyRead();
                    return new ProgressView(
                            new ProgressViewModel(services.store(), services.background(), texts, services.zone()),
                            texts);
                })
                .register(Screen.MY_NEW_GOAL, () -> {
                    EasyRead texts = services.easyRead();
                    return new NewGoalView(
                            new NewGoalViewModel(services.store(), services.background(), texts, services.clock()),
                            texts,
                            () -> home(services));
                })
                .registerAbout(Screen.MY_NEW_STEP, about -> {
                    EasyRead texts = services.easyRead();
                    return new NewStepView(
                            new NewStepViewModel(
                                    services.store(),
                                    services.background(),
                                    texts,
                                    about instanceof UUID goal ? goal : null),
                            texts,
                            () -> home(services));
                })
                .registerAbout(Screen.MY_GOAL, about -> {
                    EasyRead texts = services.easyRead();
                    Navigator nav = services.navigator();
                    return new MyGoalView(
                            new MyGoalViewModel(
                                    services.store(), services.background(), texts, services.clock(), (UUID) about),
                            texts,
                            new MyGoalView.Actions() {
                                @Override
                                public void newStep(UUID goalId) {
                                    nav.goTo(Screen.MY_NEW_STEP, goalId);
                                }

                                @Override
                                public void checkIn(UUID goalId) {
                                    nav.goTo(Screen.MY_CHECK_IN, goalId);
                                }
                            });
                })
                .register(Screen.MY_NEW_TRAINING, () -> {
                    EasyRead texts = services.easyRead();
                    PictureSource pictures = services.pictures();
                    return new NewTrainingView(
                            new NewTrainingViewModel(services.store(), services.background(), texts, pictures),
                            texts,
                            () -> home(services));
                })
                .register(Screen.MY_NEW_NOTE, () -> {
                    EasyRead texts = services.easyRead();
                    return new NewNoteView(
                            new NewNoteViewModel(services.store(), services.background(), texts, services.clock()),
                            texts,
                            () -> home(services));
                });
    }

    /** Back to "Mon parcours", built again so that it shows what was just saved. */
    private static void home(AppServices services) {
        Navigator navigator = services.navigator();
        navigator.goTo(Screen.BENEFICIARY_HOME);
    }
}
