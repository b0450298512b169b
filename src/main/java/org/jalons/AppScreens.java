package org.jalons;

import java.time.Clock;
import java.time.ZoneId;
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
import org.jalons.session.ScreenContext;
import org.jalons.session.Session;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.supervisor.LocalOverview;
import org.jalons.supervisor.OverviewView;
import org.jalons.supervisor.OverviewViewModel;
import org.jalons.ui.Background;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/** The navigation table: which view and view model each screen id is made of, and where each action leads. */
final class AppScreens {
    private final Session session;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Consumer<Language> chooseLanguage;
    private Navigator navigator;

    AppScreens(
            Session session,
            Background background,
            Messages messages,
            Clock clock,
            ZoneId zone,
            Consumer<Language> chooseLanguage) {
        this.session = session;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.chooseLanguage = chooseLanguage;
    }

    Navigator navigator() {
        NavigationTable table = new NavigationTable();
        navigator = new Navigator(table);
        Profiles profiles = session.profiles();
        table.register(
                        Screen.FIRST_RUN,
                        () -> new FirstRunView(
                                messages,
                                () -> navigator.goTo(Screen.CREATE_PROFILE),
                                () -> navigator.goTo(Screen.DEMO),
                                chooseLanguage,
                                context().service(DisplayPreferences.class).orElse(null)))
                .register(
                        Screen.CREATE_PROFILE,
                        () -> new CreateProfileView(
                                new CreateProfileViewModel(profiles, background, messages, this::opened), messages))
                .register(
                        Screen.DEMO,
                        () -> new DemoView(new DemoViewModel(profiles, background, messages, this::opened), messages))
                .register(
                        Screen.UNLOCK,
                        () -> new UnlockView(
                                new UnlockViewModel(profiles, background, messages, clock, zone, this::opened),
                                messages,
                                () -> navigator.goTo(Screen.DEMO),
                                chooseLanguage))
                .register(Screen.SUPERVISOR_HOME, () -> {
                    LocalStore store = session.store();
                    return new OverviewView(
                            new OverviewViewModel(() -> LocalOverview.of(store), background, messages),
                            messages,
                            this::lock,
                            () -> navigator.goTo(Screen.SUPERVISOR_DASHBOARD));
                });
        // Each screen family registers its own screens, so that families can grow side by side.
        ScreenContext context = context();
        org.jalons.caseload.CounsellorScreens.register(table, context);
        org.jalons.visit.VisitScreens.register(table, context);
        org.jalons.beneficiary.BeneficiaryScreens.register(table, context);
        org.jalons.settings.SettingsScreens.register(table, context);
        org.jalons.syncui.SyncScreens.register(table, context);
        org.jalons.supervisor.SupervisorScreens.register(table, context);
        table.complete();
        return navigator;
    }

    private ScreenContext context;

    /** The context handed to every screen family; the composition root adds its services to it. */
    ScreenContext context() {
        if (context == null) {
            context = new ScreenContext(session, background, messages, clock, zone, () -> navigator, this::lock);
        }
        return context;
    }

    private void opened(LocalStore store) {
        navigator.goTo(session.open(store));
    }

    void lock() {
        navigator.goTo(session.lock());
    }
}
