package org.jalons;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jalons.admin.AdminScreens;
import org.jalons.beneficiary.CheckInView;
import org.jalons.beneficiary.CheckInViewModel;
import org.jalons.beneficiary.MyAddView;
import org.jalons.beneficiary.MyParcoursView;
import org.jalons.beneficiary.MyParcoursViewModel;
import org.jalons.beneficiary.NewNoteView;
import org.jalons.beneficiary.NewNoteViewModel;
import org.jalons.beneficiary.ProgressView;
import org.jalons.beneficiary.ProgressViewModel;
import org.jalons.caseload.BeneficiaryFile;
import org.jalons.caseload.CounsellorScreens;
import org.jalons.caseload.EditorTarget;
import org.jalons.caseload.LikelyDuplicates;
import org.jalons.caseload.PersonScreens;
import org.jalons.domain.questionnaire.QuestionnaireCatalog;
import org.jalons.domain.questionnaire.QuestionnaireTarget;
import org.jalons.export.ExportScreens;
import org.jalons.goal.GoalScreens;
import org.jalons.goal.NewGoalView;
import org.jalons.goal.NewGoalViewModel;
import org.jalons.goal.NewStepView;
import org.jalons.goal.NewStepViewModel;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.journal.JournalEntry;
import org.jalons.journal.JournalScreens;
import org.jalons.onboarding.CreateProfileView;
import org.jalons.onboarding.CreateProfileViewModel;
import org.jalons.onboarding.DemoView;
import org.jalons.onboarding.DemoViewModel;
import org.jalons.onboarding.FirstRunView;
import org.jalons.onboarding.UnlockView;
import org.jalons.onboarding.UnlockViewModel;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.AppServices;
import org.jalons.settings.ForgottenPin;
import org.jalons.settings.SettingsScreens;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.SummaryCache;
import org.jalons.supervisor.DashboardView;
import org.jalons.supervisor.DashboardViewModel;
import org.jalons.supervisor.LocalOverview;
import org.jalons.supervisor.OverviewView;
import org.jalons.supervisor.OverviewViewModel;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SummaryClient;
import org.jalons.syncui.ConflictsView;
import org.jalons.syncui.ConflictsViewModel;
import org.jalons.syncui.RejectedView;
import org.jalons.syncui.RejectedViewModel;
import org.jalons.syncui.SyncScreens;
import org.jalons.training.MyTrainingEditorModel;
import org.jalons.training.MyTrainingEditorView;
import org.jalons.training.NewTrainingView;
import org.jalons.training.NewTrainingViewModel;
import org.jalons.training.TrainingScreens;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.kit.BottomNav;
import org.jalons.ui.kit.Help;
import org.jalons.visit.QuestionnaireModel;
import org.jalons.visit.QuestionnaireView;
import org.jalons.visit.VisitModel;
import org.jalons.visit.VisitView;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The screen table: every {@link Screen}, who reaches it and what it is built of (view, view model, services), in
 * the order a person meets them. Each visit builds a fresh view and view model. A screen with a long build (a file,
 * an editor's fields, a wipe) names its builder in its feature's package; the route itself is here, and only here.
 */
final class AppScreens {
    private final NavigationTable table = new NavigationTable();
    private final Navigator navigator = new Navigator(table);

    Navigator navigator() {
        return navigator;
    }

    /**
     * Each role's main places, in the order of its bottom navigation; the first is the role's home. Going to a
     * place leaves only the home on the way back ({@link Navigator#goToPlace}).
     */
    static List<BottomNav.Place> placesOf(Role role) {
        BottomNav.Place sync = new BottomNav.Place(Screen.SYNC, "sync", "nav.place.sync", Material2MZ.SYNC);
        BottomNav.Place settings =
                new BottomNav.Place(Screen.SETTINGS, "settings", "nav.place.settings", Material2MZ.SETTINGS);
        return switch (role) {
            case COUNSELLOR ->
                List.of(
                        new BottomNav.Place(Screen.COUNSELLOR_HOME, "people", "nav.place.people", Material2MZ.PEOPLE),
                        new BottomNav.Place(Screen.AGENDA, "agenda", "nav.place.agenda", Material2AL.EVENT),
                        sync,
                        settings);
            case BENEFICIARY ->
                List.of(
                        new BottomNav.Place(Screen.BENEFICIARY_HOME, "my-path", "nav.place.myPath", Material2AL.FLAG),
                        new BottomNav.Place(Screen.MY_ADD, "add", "nav.place.add", Material2AL.ADD_CIRCLE),
                        new BottomNav.Place(
                                Screen.MY_PROGRESS, "progress", "nav.place.progress", Material2MZ.SHOW_CHART),
                        settings);
            case SUPERVISOR ->
                List.of(
                        new BottomNav.Place(
                                Screen.SUPERVISOR_HOME, "overview", "nav.place.overview", Material2AL.DASHBOARD),
                        new BottomNav.Place(
                                Screen.SUPERVISOR_DASHBOARD,
                                "dashboard",
                                "nav.place.dashboard",
                                Material2AL.INSERT_CHART),
                        sync,
                        settings);
            // The work supervisor: their teams at work, then sync and settings.
            case WORK_SUPERVISOR ->
                List.of(
                        new BottomNav.Place(Screen.WORK_TEAM, "work-team", "nav.place.workTeam", Material2MZ.PEOPLE),
                        sync,
                        settings);
            // The admin runs the structure and reads the server's figures; an admin's phone holds no one's
            // records, so the phone's own overview would only count zeros.
            case ADMIN ->
                List.of(
                        new BottomNav.Place(Screen.ADMIN_HOME, "admin", "nav.place.admin", Material2AL.BUSINESS),
                        new BottomNav.Place(
                                Screen.SUPERVISOR_DASHBOARD,
                                "dashboard",
                                "nav.place.dashboard",
                                Material2AL.INSERT_CHART),
                        sync,
                        settings);
        };
    }

    /** Fills the table with the services every screen is built with; fails at start-up when a screen is missing. */
    void register(AppServices s, Consumer<Language> chooseLanguage) {
        Messages m = s.messages();
        Background bg = s.background();
        Navigator nav = s.navigator();
        Profiles profiles = s.session().profiles();
        Runnable back = nav::back;
        // "Mon parcours" is built again after a save, so that it shows what was just saved.
        Runnable myHome = () -> nav.goTo(Screen.BENEFICIARY_HOME);

        // Anyone, before a store is open: first run, own profile or demo organisation, unlock.
        table.register(
                Screen.FIRST_RUN,
                () -> new FirstRunView(
                        m,
                        () -> nav.goTo(Screen.CREATE_PROFILE),
                        () -> nav.goTo(Screen.DEMO),
                        chooseLanguage,
                        s.display()));
        table.register(
                Screen.CREATE_PROFILE,
                () -> new CreateProfileView(
                        new CreateProfileViewModel(profiles, bg, s.easyRead(), s::opened), s.easyRead()));
        table.register(
                Screen.DEMO,
                () -> new DemoView(new DemoViewModel(profiles, bg, s.easyRead(), s::opened), s.easyRead()));
        table.register(
                Screen.UNLOCK,
                () -> new UnlockView(
                        new UnlockViewModel(profiles, bg, s.easyRead(), s.clock(), s.zone(), s::opened),
                        s.easyRead(),
                        () -> nav.goTo(Screen.DEMO),
                        chooseLanguage,
                        () -> ForgottenPin.explain(s)));

        // Counsellor: the caseload, a person's file, and from the file its editors, the visit, the questionnaire.
        table.register(Screen.COUNSELLOR_HOME, () -> CounsellorScreens.caseload(s));
        table.registerAbout(Screen.BENEFICIARY_FILE, who -> CounsellorScreens.file(s, (UUID) who));
        table.register(Screen.AGENDA, () -> CounsellorScreens.agenda(s));
        table.registerAbout(Screen.PROFILE_EDITOR, who -> CounsellorScreens.profileEditor(s, (UUID) who));
        table.register(Screen.NEW_PERSON, () -> PersonScreens.newPerson(s));
        table.registerAbout(Screen.PERSON_MERGE, pair -> PersonScreens.merge(s, (LikelyDuplicates.Pair) pair));
        table.registerAbout(Screen.GOAL_EDITOR, target -> GoalScreens.goalEditor(s, (EditorTarget) target));
        table.registerAbout(Screen.TRAINING_EDITOR, target -> TrainingScreens.trainingEditor(s, (EditorTarget) target));
        table.registerAbout(Screen.BARRIER_EDITOR, target -> CounsellorScreens.barrierEditor(s, (EditorTarget) target));
        table.registerAbout(Screen.EXIT_EDITOR, target -> CounsellorScreens.exitEditor(s, (EditorTarget) target));
        table.registerAbout(Screen.FOLLOW_UP_EDITOR, who -> CounsellorScreens.followUpEditor(s, (UUID) who));
        // The visit opens on the file the file screen already read.
        table.registerAbout(
                Screen.HOME_VISIT,
                file -> new VisitView(
                        new VisitModel((BeneficiaryFile) file, s.store(), bg, m, s.clock(), s.zone()), m, back));
        // About a person and the questionnaire chosen (a person's id alone: the questionnaire the bundled one is)
        table.registerAbout(Screen.QUESTIONNAIRE, about -> {
            QuestionnaireTarget target = about instanceof QuestionnaireTarget t
                    ? t
                    : new QuestionnaireTarget((UUID) about, QuestionnaireCatalog.pouvoirAgir());
            return new QuestionnaireView(
                    new QuestionnaireModel(
                            s.store(),
                            bg,
                            target.beneficiaryId(),
                            target.questionnaire(),
                            s.clock(),
                            s.display().isEasyRead()),
                    m,
                    s.zone(),
                    back);
        });

        // Person followed, "Mon parcours": own goals, steps, trainings, notes and check-ins, in easy-read when chosen.
        table.register(Screen.BENEFICIARY_HOME, () -> {
            EasyRead texts = s.easyRead();
            return new MyParcoursView(
                    new MyParcoursViewModel(s.store(), bg, texts, s.clock()),
                    texts,
                    s.zone(),
                    nav::goTo,
                    s::lock,
                    s.links()::open);
        });
        table.registerAbout(Screen.MY_GOAL, goal -> GoalScreens.myGoal(s, (UUID) goal));
        table.register(Screen.MY_ADD, () -> new MyAddView(s.easyRead(), nav::goTo));
        table.registerAbout(Screen.MY_CHECK_IN, goal -> {
            EasyRead texts = s.easyRead();
            return new CheckInView(
                    new CheckInViewModel(s.store(), bg, texts, s.clock(), goal instanceof UUID id ? id : null),
                    texts,
                    myHome);
        });
        table.register(Screen.MY_PROGRESS, () -> {
            EasyRead texts = s.easyRead();
            return new ProgressView(new ProgressViewModel(s.store(), bg, texts, s.zone()), texts);
        });
        table.register(Screen.MY_NEW_GOAL, () -> {
            EasyRead texts = s.easyRead();
            return new NewGoalView(new NewGoalViewModel(s.store(), bg, texts, s.clock()), texts, myHome);
        });
        table.registerAbout(Screen.MY_NEW_STEP, goal -> {
            EasyRead texts = s.easyRead();
            return new NewStepView(
                    new NewStepViewModel(s.store(), bg, texts, goal instanceof UUID id ? id : null), texts, myHome);
        });
        table.register(Screen.MY_NEW_TRAINING, () -> {
            EasyRead texts = s.easyRead();
            return new NewTrainingView(new NewTrainingViewModel(s.store(), bg, texts, s.pictures()), texts, myHome);
        });
        // a training the person declared, changed or deleted by them (org.jalons.training.MyTrainings)
        table.registerAbout(Screen.MY_TRAINING_EDITOR, training -> {
            EasyRead texts = s.easyRead();
            return new MyTrainingEditorView(
                    new MyTrainingEditorModel(s.store(), bg, texts, (UUID) training), texts, myHome);
        });
        table.register(Screen.MY_NEW_NOTE, () -> {
            EasyRead texts = s.easyRead();
            return new NewNoteView(new NewNoteViewModel(s.store(), bg, texts, s.clock()), texts, myHome);
        });
        // From "Mon parcours" (own parcours) or about a person's id.
        table.registerAbout(Screen.PARCOURS_EXPORT, about -> ExportScreens.export(s, about));

        // A person's journal: from the file (counsellor), from "Mon parcours" (the person); an entry read in full.
        table.registerAbout(Screen.JOURNAL, who -> JournalScreens.journal(s, (UUID) who));
        table.registerAbout(Screen.JOURNAL_ENTRY, entry -> JournalScreens.entry(s, (JournalEntry) entry, false));
        table.register(Screen.MY_JOURNAL, () -> JournalScreens.myJournal(s));
        table.registerAbout(Screen.MY_JOURNAL_ENTRY, entry -> JournalScreens.entry(s, (JournalEntry) entry, true));
        // corrections that keep the history
        table.registerAbout(Screen.JOURNAL_CORRECT, entry -> JournalScreens.correct(s, (JournalEntry) entry, false));
        table.registerAbout(Screen.JOURNAL_HISTORY, entry -> JournalScreens.history(s, (JournalEntry) entry, false));
        table.registerAbout(Screen.MY_JOURNAL_CORRECT, entry -> JournalScreens.correct(s, (JournalEntry) entry, true));
        table.registerAbout(Screen.MY_JOURNAL_HISTORY, entry -> JournalScreens.history(s, (JournalEntry) entry, true));

        // The work supervisor: the people of their teams, a person's observations at work, one observation.
        table.register(Screen.WORK_TEAM, () -> org.jalons.work.WorkScreens.team(s));
        table.registerAbout(Screen.WORK_PERSON, who -> org.jalons.work.WorkScreens.person(s, (UUID) who));
        table.registerAbout(
                Screen.WORK_OBSERVATION,
                target -> org.jalons.work.WorkScreens.observation(s, (org.jalons.work.WorkScreens.Target) target));

        // Questionnaires as data: the person's own list; composing them (admin and counsellor).
        table.register(
                Screen.MY_QUESTIONNAIRES,
                () -> new org.jalons.beneficiary.MyQuestionnairesView(
                        s.store(), bg, s.easyRead(), s.zone(), nav::goTo));
        var compose = new org.jalons.visit.compose.QuestionnaireComposeScreens(s, nav);
        table.register(Screen.QUESTIONNAIRE_COMPOSE, compose::list);
        table.registerAbout(Screen.QUESTIONNAIRE_EDITOR, compose::editor);

        // Supervisor (and admin): the structure's overview, then the server's summaries.
        table.register(Screen.SUPERVISOR_HOME, () -> {
            LocalStore store = s.store();
            return new OverviewView(
                    new OverviewViewModel(() -> LocalOverview.of(store), bg, m),
                    m,
                    s::lock,
                    () -> nav.goTo(Screen.SUPERVISOR_DASHBOARD));
        });
        table.register(
                Screen.SUPERVISOR_DASHBOARD,
                () -> new DashboardView(
                        new DashboardViewModel(
                                new SummaryClient(s.store(), HttpSettings.defaults()),
                                new SummaryCache(s.store().database()),
                                s.share(),
                                bg,
                                m,
                                s.clock(),
                                s.zone(),
                                s.store().teamCounsellors()::all),
                        code -> s.store().orgVocabulary().all().stream()
                                .filter(t -> t.code().equals(code))
                                .map(org.jalons.domain.OrgTerm::label)
                                .findFirst()
                                .orElse(null)));

        // Admin: the structure's administration, asked of the server (org.jalons.admin).
        AdminScreens.register(table, s);

        // Every role, once a store is open: settings (from the status bar or a header), then the PIN change.
        table.registerAbout(Screen.SETTINGS, notice -> SettingsScreens.settings(s, notice));
        table.register(Screen.CHANGE_PIN, () -> SettingsScreens.changePin(s));

        // Every role: sync status (from the status bar or the settings), conflicts, refusals, pairing this phone;
        // a pairing code for another person's phone only for a counsellor or an admin (SyncScreens).
        table.register(Screen.SYNC, () -> SyncScreens.sync(s.sync(), s.store(), s.easyRead(), nav));
        table.register(Screen.SYNC_CONFLICTS, () -> {
            EasyRead texts = s.easyRead();
            return new ConflictsView(
                    new ConflictsViewModel(s.store(), bg, texts, s.sync()::requestSyncAfterChange), texts);
        });
        table.register(Screen.SYNC_REJECTED, () -> {
            EasyRead texts = s.easyRead();
            return new RejectedView(
                    new RejectedViewModel(s.store(), bg, texts, s.zone(), s.sync()::requestSyncAfterChange),
                    texts,
                    RefusedRecordScreens.opener(s.store(), nav));
        });
        table.register(
                Screen.PAIR_DEVICE, () -> SyncScreens.pairDevice(s.sync(), s.store(), bg, s.easyRead(), s.pictures()));
        table.registerAbout(
                Screen.PAIRING_CODE,
                about -> SyncScreens.pairingCode(s.sync(), s.store(), bg, s.easyRead(), s.zone(), about));

        // Every screen the person followed can reach has a "?" that says, in a few easy sentences, what it is for.
        for (Screen screen : PERSON_SCREENS) {
            table.registerAround(screen, view -> Help.on(view, s.easyRead(), screen.name()));
        }
        // The counsellor's pairing-code screen too, like the other sync screens beside it.
        table.registerAround(Screen.PAIRING_CODE, view -> Help.on(view, s.easyRead(), Screen.PAIRING_CODE.name()));
        table.complete();
    }

    /** The screens a person followed reaches, from the first run to "Mon parcours", its settings and export. */
    static final java.util.Set<Screen> PERSON_SCREENS = java.util.EnumSet.of(
            Screen.FIRST_RUN,
            Screen.CREATE_PROFILE,
            Screen.DEMO,
            Screen.UNLOCK,
            Screen.BENEFICIARY_HOME,
            Screen.MY_CHECK_IN,
            Screen.MY_PROGRESS,
            Screen.MY_NEW_GOAL,
            Screen.MY_NEW_STEP,
            Screen.MY_NEW_TRAINING,
            Screen.MY_TRAINING_EDITOR,
            Screen.MY_NEW_NOTE,
            Screen.MY_GOAL,
            Screen.SETTINGS,
            Screen.CHANGE_PIN,
            Screen.SYNC,
            Screen.SYNC_CONFLICTS,
            Screen.SYNC_REJECTED,
            Screen.PAIR_DEVICE,
            Screen.PARCOURS_EXPORT,
            Screen.MY_JOURNAL,
            Screen.MY_JOURNAL_ENTRY,
            Screen.MY_QUESTIONNAIRES,
            Screen.QUESTIONNAIRE,
            Screen.MY_JOURNAL_CORRECT,
            Screen.MY_JOURNAL_HISTORY);
}
