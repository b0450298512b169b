package org.jalons.goal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import org.jalons.caseload.CounsellorScreens;
import org.jalons.caseload.EditorTarget;
import org.jalons.caseload.EditorView;
import org.jalons.caseload.FieldSpec;
import org.jalons.caseload.FieldSpec.Kind;
import org.jalons.domain.OrgTerm;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.session.AppServices;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.jalons.ui.kit.Fab;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * How a goal's screens with more than a view and a model are built, the counsellor's editor and the person's "Mon
 * objectif"; {@code org.jalons.AppScreens} lists them.
 */
public final class GoalScreens {
    private GoalScreens() {}

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

    public static View goalEditor(AppServices services, EditorTarget target) {
        Messages m = services.messages();
        GoalEditorModel model =
                new GoalEditorModel(services.store(), services.background(), target, m, services.today());
        // Adding a step is the editor's main action: the screen's floating button.
        Fab add = new Fab(Material2AL.ADD, m.get("goal.step.add"), () -> {});
        EditorView editor = new EditorView(
                model,
                m,
                target.recordId() == null ? "goal.title.new" : "goal.title.edit",
                "goal",
                goalFields(m, services.store().orgVocabulary().proposed(OrgTerm.Kind.GOAL_THEME)),
                List.of(StepsSection.of(model, m, add)),
                () -> services.navigator().back(),
                GoalProposalSection.of(
                        model, m, services.clock(), () -> services.navigator().back()));
        Node node = add.over(editor.node());
        return new View() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public String title() {
                return editor.title();
            }

            @Override
            public List<Node> headerActions() {
                return editor.headerActions();
            }

            @Override
            public void dispose() {
                editor.dispose();
            }
        };
    }

    /** The organisation's own themes come first, then the vocabulary's, then free text. */
    static List<FieldSpec> goalFields(Messages m, List<OrgTerm> orgThemes) {
        Map<String, String> themes = new LinkedHashMap<>();
        orgThemes.forEach(t -> themes.put(GoalEditorModel.ORG + t.code(), t.label()));
        themes.putAll(FieldSpec.labels(GoalTheme.class, m));
        return List.of(
                FieldSpec.choice(
                        "theme", CounsellorScreens.withCustom(themes, GoalEditorModel.CUSTOM, m.get("form.custom"))),
                FieldSpec.of("themeCustom", Kind.TEXT).when("theme", GoalEditorModel.CUSTOM::equals),
                FieldSpec.of("phrasing", Kind.AREA),
                FieldSpec.choice("proposedBy", FieldSpec.labels(ProposedBy.class, m)),
                FieldSpec.choice("status", FieldSpec.labels(GoalStatus.class, m)),
                FieldSpec.of("targetDate", Kind.DATE));
    }
}
