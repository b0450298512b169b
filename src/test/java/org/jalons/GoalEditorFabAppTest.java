package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.jalons.caseload.EditorTarget;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.jalons.ui.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal editor's main action, adding a step, is the screen's floating button; the field keeps Enter. */
class GoalEditorFabAppTest extends RealAppTest {
    @TempDir
    Path home;

    AppServices context;

    @AfterEach
    void stop() throws Exception {
        stopApp();
    }

    @Test
    void theFloatingButtonBringsTheNewStepFieldThenAddsWhatIsTypedInIt() throws Exception {
        startApp(home, c -> context = c);
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        Goal goal = context.store().goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .findFirst()
                .orElseThrow();
        int before = steps(goal);
        interact(() ->
                context.navigator().goTo(Screen.GOAL_EDITOR, new EditorTarget(DemoOrganisation.SAMIA, goal.id())));
        waitFor("#add-step");

        // One add: the floating button at the bottom right, no second one beside the field.
        Button add = lookup("#add-step").queryButton();
        assertThat(add.getStyleClass()).contains("fab");
        assertThat(add.getAccessibleText()).isEqualTo("Ajouter l’étape");
        Bounds b = add.localToScene(add.getLayoutBounds());
        assertThat(b.getMaxX()).isGreaterThan(add.getScene().getWidth() - 40);
        assertThat(lookup(".button").queryAll().stream()
                        .filter(n -> n != add && n.isVisible())
                        .filter(n -> "add-step".equals(n.getId())))
                .isEmpty();
        TextField field = lookup("#new-step").queryAs(TextField.class);
        assertThat(field.getParent().getChildrenUnmodifiable().stream().filter(n -> n instanceof Button))
                .isEmpty();

        // The field empty: the button brings it into view, ready to type.
        tap("#add-step");
        waitUntil(field::isFocused);
        Bounds f = field.localToScene(field.getLayoutBounds());
        assertThat(f.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(f.getMaxY()).isLessThanOrEqualTo(b.getMinY());
        assertThat(steps(goal)).isEqualTo(before);

        // Typed: the button adds the step.
        interact(() -> field.setText("Appeler l’auto-école"));
        tap("#add-step");
        waitUntil(() -> steps(goal) == before + 1);
        assertThat(field.getText()).isEmpty();
        assertThat(stepsOf(goal).map(GoalStep::label)).contains("Appeler l’auto-école");

        // Enter in the field adds too.
        interact(() -> field.setText("Réserver une leçon"));
        interact(field::requestFocus);
        type(KeyCode.ENTER);
        waitUntil(() -> steps(goal) == before + 2);
        assertThat(lookup("#steps").query().lookupAll(".step-row").stream().filter(Node::isVisible))
                .hasSize(before + 2);
    }

    private int steps(Goal goal) {
        return (int) stepsOf(goal).count();
    }

    private java.util.stream.Stream<GoalStep> stepsOf(Goal goal) {
        return context.store().goalSteps().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(s -> s.goalId().equals(goal.id()));
    }
}
