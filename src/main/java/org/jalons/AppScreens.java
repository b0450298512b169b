package org.jalons;

import java.util.function.Consumer;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.onboarding.CreateProfileView;
import org.jalons.onboarding.CreateProfileViewModel;
import org.jalons.onboarding.DemoView;
import org.jalons.onboarding.DemoViewModel;
import org.jalons.onboarding.FirstRunView;
import org.jalons.onboarding.UnlockView;
import org.jalons.onboarding.UnlockViewModel;
import org.jalons.session.AppServices;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.supervisor.LocalOverview;
import org.jalons.supervisor.OverviewView;
import org.jalons.supervisor.OverviewViewModel;
import org.jalons.ui.Background;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/** The navigation table: which view and view model each screen id is made of, and where each action leads. */
final class AppScreens {
    private final NavigationTable table = new NavigationTable();
    private final Navigator navigator = new Navigator(table);

    Navigator navigator() {
        return navigator;
    }

    /** Registers every screen with the services it is built with; fails at start-up when one is missing. */
    void register(AppServices services, Consumer<Language> chooseLanguage) {
        Messages messages = services.messages();
        Background background = services.background();
        Profiles profiles = services.session().profiles();
        table.register(
                        Screen.FIRST_RUN,
                        () -> new FirstRunView(
                                messages,
                                () -> navigator.goTo(Screen.CREATE_PROFILE),
                                () -> navigator.goTo(Screen.DEMO),
                                chooseLanguage,
                                services.display()))
                .register(
                        Screen.CREATE_PROFILE,
                        () -> new CreateProfileView(
                                new CreateProfileViewModel(profiles, background, messages, services::opened), messages))
                .register(
                        Screen.DEMO,
                        () -> new DemoView(
                                new DemoViewModel(profiles, background, messages, services::opened), messages))
                .register(
                        Screen.UNLOCK,
                        () -> new UnlockView(
                                new UnlockViewModel(
                                        profiles,
                                        background,
                                        messages,
                                        services.clock(),
                                        services.zone(),
                                        services::opened),
                                messages,
                                () -> navigator.goTo(Screen.DEMO),
                                chooseLanguage))
                .register(Screen.SUPERVISOR_HOME, () -> {
                    LocalStore store = services.store();
                    return new OverviewView(
                            new OverviewViewModel(() -> LocalOverview.of(store), background, messages),
                            messages,
                            services::lock,
                            () -> navigator.goTo(Screen.SUPERVISOR_DASHBOARD));
                });
        // Each screen family registers its own screens, so that families can grow side by side.
        org.jalons.caseload.CounsellorScreens.register(table, services);
        org.jalons.visit.VisitScreens.register(table, services);
        org.jalons.beneficiary.BeneficiaryScreens.register(table, services);
        org.jalons.settings.SettingsScreens.register(table, services);
        org.jalons.syncui.SyncScreens.register(table, services);
        org.jalons.supervisor.SupervisorScreens.register(table, services);
        table.complete();
    }
}
