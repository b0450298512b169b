package org.jalons.beneficiary;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** What a person adds themself ("J’ajoute"): a goal, a step, a training, a note; a main place of their bottom bar. */
public final class MyAddView implements View {
    private final EasyRead texts;
    private final Node root;
    private final Consumer<Screen> go;

    public MyAddView(EasyRead texts, Consumer<Screen> go) {
        this.texts = texts;
        this.go = go;
        VBox content = new VBox(
                14,
                Components.text(texts.get("my.add"), "screen-heading"),
                card("add-goal", Material2AL.FLAG, "my.addGoal", Screen.MY_NEW_GOAL),
                card("add-step", Material2AL.ADD_TASK, "my.addStep", Screen.MY_NEW_STEP),
                card("add-training", Material2MZ.SCHOOL, "my.addTraining", Screen.MY_NEW_TRAINING),
                card("add-note", Material2MZ.NOTE_ADD, "my.addNote", Screen.MY_NEW_NOTE));
        root = texts.apply(Components.screen(content));
    }

    private ChoiceCard card(String id, org.kordamp.ikonli.Ikon icon, String key, Screen screen) {
        ChoiceCard card =
                new ChoiceCard(icon, texts.get(key), texts.get(key + "Hint")).onAction(() -> go.accept(screen));
        card.setId(id);
        return card;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.add");
    }
}
