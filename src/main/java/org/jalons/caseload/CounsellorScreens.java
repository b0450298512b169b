package org.jalons.caseload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.caseload.FieldSpec.Kind;
import org.jalons.domain.OrgTerm;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.session.AppServices;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Components;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.ShownLog;
import org.jalons.ui.View;
import org.jalons.ui.kit.ListDetail;

/**
 * How the counsellor's screens are built (caseload, beneficiary file, profile, barrier, exit and follow-up editors; the
 * goal and training editors are in their feature's package); {@code org.jalons.AppScreens} says which screen each one
 * is.
 */
public final class CounsellorScreens {
    private CounsellorScreens() {}

    /** The caseload, read on the store thread; the log says how long it took to show. */
    public static View caseload(AppServices services) {
        LocalStore store = services.store();
        Messages m = services.messages();
        CaseloadViewModel model = new CaseloadViewModel(
                store.beneficiaries()::caseload, services.background(), m, services.clock(), services.zone());
        ListDetail[] beside = new ListDetail[1];
        CaseloadView view = new CaseloadView(
                model,
                m,
                services.zone(),
                store.profile().displayName(),
                services::lock,
                // On a wide window the file opens beside the list; on a phone it is a screen of its own.
                id -> {
                    if (!beside[0].show(() -> file(services, id).node())) {
                        services.navigator().goTo(Screen.BENEFICIARY_FILE, id);
                    }
                });
        // The list's main "add": a new person, created here and sent at the next sync.
        org.jalons.ui.kit.Fab add = new org.jalons.ui.kit.Fab(
                org.kordamp.ikonli.material2.Material2MZ.PERSON_ADD,
                m.get("caseload.newPerson"),
                () -> services.navigator().goTo(Screen.NEW_PERSON));
        beside[0] = new ListDetail(add.over(view.node()), m.get("caseload.chooseSomeone"));
        Runnable lookForLikelySame = () -> services.background()
                .run(
                        () -> LikelyDuplicates.pairs(store.beneficiaries().all()),
                        pairs -> view.showLikelySame(
                                pairs, pair -> services.navigator().goTo(Screen.PERSON_MERGE, pair)),
                        failure -> org.slf4j.LoggerFactory.getLogger(CounsellorScreens.class)
                                .error("The caseload could not be read for likely duplicates", failure));
        lookForLikelySame.run();
        // A sync may bring people (the same person made on another phone): the list and its flags are read again.
        javafx.beans.value.ChangeListener<Boolean> afterSync = (obs, was, running) -> {
            if (was && !running) {
                model.load();
                lookForLikelySame.run();
            }
        };
        services.sync().status().runningProperty().addListener(afterSync);
        ShownLog.whenLoaded(
                view.node(),
                model.loadingProperty(),
                "Caseload",
                () -> model.visibleRows().size() + " people");
        return new View() {
            @Override
            public javafx.scene.Node node() {
                return beside[0];
            }

            @Override
            public String title() {
                return view.title();
            }

            @Override
            public List<javafx.scene.Node> headerActions() {
                // the organisation's questionnaires, composed with the people (needs the server)
                var compose = org.jalons.ui.Icons.iconButton(
                        org.kordamp.ikonli.material2.Material2AL.ASSIGNMENT,
                        m.get("compose.screen"),
                        () -> services.navigator().goTo(Screen.QUESTIONNAIRE_COMPOSE));
                compose.setId("compose-questionnaires");
                List<javafx.scene.Node> actions = new java.util.ArrayList<>(List.of(compose));
                actions.addAll(view.headerActions());
                return actions;
            }

            @Override
            public void dispose() {
                services.sync().status().runningProperty().removeListener(afterSync);
            }
        };
    }

    /**
     * The counsellor's agenda: appointments, follow-ups and trainings that start; each line opens what it is about
     * (the file, the follow-up, the training).
     */
    public static View agenda(AppServices services) {
        LocalStore store = services.store();
        AgendaModel model = new AgendaModel(
                AgendaModel.Source.of(store),
                services.background(),
                services.messages(),
                services.share(),
                services.clock(),
                services.zone());
        return new AgendaView(
                model, services.messages(), services.zone(), entry -> openFromAgenda(services.navigator(), entry));
    }

    private static void openFromAgenda(Navigator nav, AgendaModel.Entry entry) {
        UUID who = entry.beneficiaryId();
        switch (entry.kind()) {
            case APPOINTMENT -> nav.goTo(Screen.BENEFICIARY_FILE, who);
            case FOLLOW_UP -> nav.goTo(Screen.FOLLOW_UP_EDITOR, who);
            case TRAINING -> nav.goTo(Screen.TRAINING_EDITOR, new EditorTarget(who, entry.recordId()));
        }
    }

    /** A person's file, from which every editor, the home visit and the questionnaire open. */
    public static View file(AppServices services, UUID who) {
        Messages m = services.messages();
        FileViewModel model = new FileViewModel(services.store(), who, services.background(), m, services.clock());
        FileView view = new FileView(model, m, services.zone(), actions(services, who));
        ShownLog.whenLoaded(view.node(), model.loadingProperty(), "Beneficiary file", () -> "one person");
        return view;
    }

    public static View barrierEditor(AppServices services, EditorTarget target) {
        Messages m = services.messages();
        return new EditorView(
                new BarrierEditorModel(services.store(), services.background(), target, m),
                m,
                "barrier.title",
                "barrier",
                List.of(
                        FieldSpec.choice(
                                "area",
                                withCustom(
                                        FieldSpec.labels(BarrierArea.class, m),
                                        BarrierEditorModel.CUSTOM,
                                        m.get("form.custom"))),
                        FieldSpec.of("areaCustom", Kind.TEXT).when("area", BarrierEditorModel.CUSTOM::equals),
                        FieldSpec.choice("status", FieldSpec.labels(BarrierStatus.class, m)),
                        FieldSpec.of("note", Kind.AREA)),
                List.of(Components.text(m.get("file.barriers.rule"), "hint")),
                back(services));
    }

    public static View exitEditor(AppServices services, EditorTarget target) {
        Messages m = services.messages();
        ExitEditorModel model =
                new ExitEditorModel(services.store(), services.background(), target, m, services.today());
        javafx.scene.control.Label follow = Components.text("", "hint");
        follow.setId("exit-follow-up");
        follow.textProperty().bind(model.followUpText());
        return new EditorView(
                model,
                m,
                "exit.title",
                "exit",
                List.of(
                        FieldSpec.of("exitDate", Kind.DATE),
                        FieldSpec.choice("category", FieldSpec.labels(ExitCategory.class, m)),
                        FieldSpec.of("detail", Kind.TEXT)),
                List.of(follow, Components.text(m.get("exit.categoriesHint"), "hint")),
                back(services));
    }

    public static View followUpEditor(AppServices services, UUID who) {
        Messages m = services.messages();
        FollowUpEditorModel model =
                new FollowUpEditorModel(services.store(), services.background(), who, m, services.today());
        javafx.scene.control.Label said = Components.text(model.context(), "lead");
        said.setId("follow-up-context");
        return new EditorView(
                model,
                m,
                "followUp.title",
                "followUp",
                List.of(
                        FieldSpec.choice("situation", FieldSpec.labels(ExitCategory.class, m)),
                        FieldSpec.of("doneDate", Kind.DATE),
                        FieldSpec.of("comment", Kind.AREA)),
                List.of(
                        Components.text(m.get("followUp.hint"), "hint"),
                        Components.text(m.get("exit.categoriesHint"), "hint")),
                back(services),
                said);
    }

    public static View profileEditor(AppServices services, UUID who) {
        Messages m = services.messages();
        return new EditorView(
                new ProfileEditorModel(services.store(), services.background(), who, m),
                m,
                "profile.title",
                "profile",
                profileFields(m, sites(services)),
                List.of(Components.text(m.get("profile.contactHint"), "hint")),
                back(services));
    }

    /** The profile's fields, in the profile editor and for a new person. */
    /** The organisation's sites still proposed, as the profile's and a new person's site field suggests them. */
    static List<String> sites(AppServices services) {
        return services.store().orgVocabulary().proposed(OrgTerm.Kind.SITE).stream()
                .map(OrgTerm::label)
                .toList();
    }

    static List<FieldSpec> profileFields(Messages m, List<String> sites) {
        return List.of(
                FieldSpec.of("displayName", Kind.TEXT),
                FieldSpec.of("contact", Kind.TEXT),
                FieldSpec.of("entryDate", Kind.DATE),
                FieldSpec.choice("contractType", FieldSpec.labels(ContractType.class, m)),
                FieldSpec.checks("eligibility", FieldSpec.labels(Eligibility.class, m)),
                FieldSpec.of("eligibilityCustom", Kind.TEXT),
                FieldSpec.choice("educationLevel", FieldSpec.labels(EducationLevel.class, m)),
                sites.isEmpty() ? FieldSpec.of("site", Kind.TEXT) : FieldSpec.suggested("site", sites),
                FieldSpec.of("workTeam", Kind.TEXT),
                FieldSpec.of("phone", Kind.TEXT),
                FieldSpec.of("address", Kind.AREA));
    }

    private static Runnable back(AppServices services) {
        return () -> services.navigator().back();
    }

    public static Map<String, String> withCustom(Map<String, String> known, String code, String label) {
        Map<String, String> out = new LinkedHashMap<>(known);
        out.put(code, label);
        return out;
    }

    private static FileView.Actions actions(AppServices services, UUID who) {
        Navigator nav = services.navigator();
        return new FileView.Actions() {
            @Override
            public void editProfile() {
                nav.goTo(Screen.PROFILE_EDITOR, who);
            }

            @Override
            public void editGoal(EditorTarget target) {
                nav.goTo(Screen.GOAL_EDITOR, target);
            }

            @Override
            public void editTraining(EditorTarget target) {
                nav.goTo(Screen.TRAINING_EDITOR, target);
            }

            @Override
            public void editBarrier(EditorTarget target) {
                nav.goTo(Screen.BARRIER_EDITOR, target);
            }

            @Override
            public void editExit(EditorTarget target) {
                nav.goTo(Screen.EXIT_EDITOR, target);
            }

            @Override
            public void followUp() {
                nav.goTo(Screen.FOLLOW_UP_EDITOR, who);
            }

            @Override
            public void visit(BeneficiaryFile file) {
                nav.goTo(Screen.HOME_VISIT, file);
            }

            @Override
            public void questionnaire() {
                // the organisation's active questionnaires: the counsellor picks one when there are several
                services.background()
                        .run(
                                () -> services.store().questionnaires().active(),
                                active -> org.jalons.caseload.QuestionnairePick.pick(
                                        active,
                                        services.messages(),
                                        q -> nav.goTo(
                                                Screen.QUESTIONNAIRE,
                                                new org.jalons.domain.questionnaire.QuestionnaireTarget(who, q))),
                                failure -> nav.goTo(Screen.QUESTIONNAIRE, who));
            }

            @Override
            public void journal() {
                nav.goTo(Screen.JOURNAL, who);
            }

            @Override
            public void export() {
                nav.goTo(Screen.PARCOURS_EXPORT, who);
            }

            @Override
            public boolean open(java.net.URI link) {
                return services.links().open(link);
            }
        };
    }
}
