package org.jalons.caseload;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.caseload.FieldSpec.Kind;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.session.ScreenContext;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Components;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.ShownLog;

/** Registers the counsellor screens in the navigation table: caseload, beneficiary file, editors. */
public final class CounsellorScreens {
    private CounsellorScreens() {}

    public static void register(NavigationTable table, ScreenContext context) {
        Messages m = context.messages();
        table.register(Screen.COUNSELLOR_HOME, () -> {
            LocalStore store = context.store();
            CaseloadViewModel model = new CaseloadViewModel(
                    store.beneficiaries()::caseload, context.background(), m, context.clock(), context.zone());
            CaseloadView view = new CaseloadView(
                    model,
                    m,
                    context.zone(),
                    store.profile().displayName(),
                    context::lock,
                    id -> context.navigator().goTo(Screen.BENEFICIARY_FILE, id));
            ShownLog.whenLoaded(
                    view.node(),
                    model.loadingProperty(),
                    "Caseload",
                    () -> model.visibleRows().size() + " people");
            return view;
        });
        table.registerAbout(Screen.BENEFICIARY_FILE, about -> {
            FileViewModel model =
                    new FileViewModel(context.store(), (UUID) about, context.background(), m, context.clock());
            FileView view = new FileView(model, m, context.zone(), actions(context, (UUID) about));
            ShownLog.whenLoaded(view.node(), model.loadingProperty(), "Beneficiary file", () -> "one person");
            return view;
        });
        table.registerAbout(Screen.GOAL_EDITOR, about -> {
            GoalEditorModel model =
                    new GoalEditorModel(context.store(), context.background(), (EditorTarget) about, m, today(context));
            return new EditorView(
                    model,
                    m,
                    ((EditorTarget) about).recordId() == null ? "goal.title.new" : "goal.title.edit",
                    "goal",
                    goalFields(m),
                    List.of(StepsSection.of(model, m)),
                    back(context));
        });
        table.registerAbout(Screen.TRAINING_EDITOR, about -> {
            TrainingEditorModel model =
                    new TrainingEditorModel(context.store(), context.background(), (EditorTarget) about, m);
            return new EditorView(
                    model,
                    m,
                    ((EditorTarget) about).recordId() == null ? "training.title.new" : "training.title.edit",
                    "training",
                    trainingFields(m, model.goalChoices()),
                    List.of(),
                    back(context));
        });
        table.registerAbout(
                Screen.BARRIER_EDITOR,
                about -> new EditorView(
                        new BarrierEditorModel(context.store(), context.background(), (EditorTarget) about, m),
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
                        back(context)));
        table.registerAbout(Screen.EXIT_EDITOR, about -> {
            ExitEditorModel model =
                    new ExitEditorModel(context.store(), context.background(), (EditorTarget) about, m, today(context));
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
                    back(context));
        });
        table.registerAbout(Screen.FOLLOW_UP_EDITOR, about -> {
            FollowUpEditorModel model =
                    new FollowUpEditorModel(context.store(), context.background(), (UUID) about, m, today(context));
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
                    back(context),
                    said);
        });
        table.registerAbout(
                Screen.PROFILE_EDITOR,
                about -> new EditorView(
                        new ProfileEditorModel(context.store(), context.background(), (UUID) about, m),
                        m,
                        "profile.title",
                        "profile",
                        List.of(
                                FieldSpec.of("displayName", Kind.TEXT),
                                FieldSpec.of("contact", Kind.TEXT),
                                FieldSpec.of("entryDate", Kind.DATE),
                                FieldSpec.choice("contractType", FieldSpec.labels(ContractType.class, m)),
                                FieldSpec.checks("eligibility", FieldSpec.labels(Eligibility.class, m)),
                                FieldSpec.of("eligibilityCustom", Kind.TEXT),
                                FieldSpec.choice("educationLevel", FieldSpec.labels(EducationLevel.class, m)),
                                FieldSpec.of("site", Kind.TEXT)),
                        List.of(),
                        back(context)));
    }

    private static LocalDate today(ScreenContext context) {
        return LocalDate.ofInstant(context.clock().instant(), context.zone());
    }

    private static Runnable back(ScreenContext context) {
        return () -> context.navigator().back();
    }

    static Map<String, String> withCustom(Map<String, String> known, String code, String label) {
        Map<String, String> out = new LinkedHashMap<>(known);
        out.put(code, label);
        return out;
    }

    static List<FieldSpec> goalFields(Messages m) {
        return List.of(
                FieldSpec.choice(
                        "theme",
                        withCustom(FieldSpec.labels(GoalTheme.class, m), GoalEditorModel.CUSTOM, m.get("form.custom"))),
                FieldSpec.of("themeCustom", Kind.TEXT).when("theme", GoalEditorModel.CUSTOM::equals),
                FieldSpec.of("phrasing", Kind.AREA),
                FieldSpec.choice("proposedBy", FieldSpec.labels(ProposedBy.class, m)),
                FieldSpec.choice("status", FieldSpec.labels(GoalStatus.class, m)),
                FieldSpec.of("targetDate", Kind.DATE));
    }

    static List<FieldSpec> trainingFields(Messages m, Map<String, String> goals) {
        Map<String, String> goalChoices = new LinkedHashMap<>();
        goalChoices.put("", m.get("training.noGoal"));
        goalChoices.putAll(goals);
        return List.of(
                FieldSpec.of("title", Kind.TEXT),
                FieldSpec.of("provider", Kind.TEXT),
                FieldSpec.choice("trainingKind", FieldSpec.labels(TrainingKind.class, m)),
                FieldSpec.choice(
                        "certification",
                        withCustom(
                                FieldSpec.labels(Certification.class, m),
                                TrainingEditorModel.OTHER,
                                m.get("form.custom"))),
                FieldSpec.of("certificationCustom", Kind.TEXT).when("certification", TrainingEditorModel.OTHER::equals),
                FieldSpec.of("rncpLevel", Kind.NUMBER).when("certification", Certification.RNCP.name()::equals),
                FieldSpec.of("plannedHours", Kind.NUMBER),
                FieldSpec.of("doneHours", Kind.NUMBER),
                FieldSpec.of("startDate", Kind.DATE),
                FieldSpec.of("endDate", Kind.DATE),
                FieldSpec.choice("status", FieldSpec.labels(TrainingStatus.class, m)),
                FieldSpec.choice("goalId", goalChoices));
    }

    private static FileView.Actions actions(ScreenContext context, UUID who) {
        Navigator nav = context.navigator();
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
                nav.goTo(Screen.QUESTIONNAIRE, who);
            }
        };
    }
}
