package org.jalons.beneficiary;

import java.util.Optional;
import java.util.UUID;
import org.jalons.platform.PictureSource;
import org.jalons.session.ScreenContext;
import org.jalons.ui.EasyRead;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/** Registers the person-followed screens in the navigation table. */
public final class BeneficiaryScreens {
    private BeneficiaryScreens() {}

    public static void register(NavigationTable table, ScreenContext context) {
        table.register(
                        Screen.BENEFICIARY_HOME,
                        () -> new MyParcoursView(
                                new MyParcoursViewModel(
                                        context.store(), context.background(), context.messages(), context.clock()),
                                context.easyRead(),
                                context.zone(),
                                (screen, about) -> context.navigator().goTo(screen, about),
                                context::lock))
                .registerAbout(Screen.MY_CHECK_IN, about -> {
                    EasyRead texts = context.easyRead();
                    return new CheckInView(
                            new CheckInViewModel(
                                    context.store(),
                                    context.background(),
                                    texts,
                                    context.clock(),
                                    about instanceof UUID goal ? goal : null),
                            texts,
                            () -> home(context));
                })
                .register(Screen.MY_PROGRESS, () -> {
                    EasyRead texts = context.easyRead();
                    return new ProgressView(
                            new ProgressViewModel(context.store(), context.background(), texts, context.zone()), texts);
                })
                .register(Screen.MY_NEW_GOAL, () -> {
                    EasyRead texts = context.easyRead();
                    return new NewGoalView(
                            new NewGoalViewModel(context.store(), context.background(), texts, context.clock()),
                            texts,
                            () -> home(context));
                })
                .registerAbout(Screen.MY_NEW_STEP, about -> {
                    EasyRead texts = context.easyRead();
                    return new NewStepView(
                            new NewStepViewModel(
                                    context.store(),
                                    context.background(),
                                    texts,
                                    about instanceof UUID goal ? goal : null),
                            texts,
                            () -> home(context));
                })
                .registerAbout(Screen.MY_GOAL, about -> {
                    EasyRead texts = context.easyRead();
                    Navigator nav = context.navigator();
                    return new MyGoalView(
                            new MyGoalViewModel(
                                    context.store(), context.background(), texts, context.clock(), (UUID) about),
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
                    EasyRead texts = context.easyRead();
                    PictureSource pictures =
                            context.service(PictureSource.class).orElse(Optional::empty);
                    return new NewTrainingView(
                            new NewTrainingViewModel(context.store(), context.background(), texts, pictures),
                            texts,
                            () -> home(context));
                })
                .register(Screen.MY_NEW_NOTE, () -> {
                    EasyRead texts = context.easyRead();
                    return new NewNoteView(
                            new NewNoteViewModel(context.store(), context.background(), texts, context.clock()),
                            texts,
                            () -> home(context));
                });
    }

    /** Back to "Mon parcours", built again so that it shows what was just saved. */
    private static void home(ScreenContext context) {
        Navigator navigator = context.navigator();
        navigator.goTo(Screen.BENEFICIARY_HOME);
    }
}
