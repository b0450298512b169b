package org.jalons.onboarding;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Pick who to be in the demo organisation. */
public final class DemoView implements View {
    private final EasyRead texts;
    private final Node root;

    public DemoView(DemoViewModel model, EasyRead texts) {
        this.texts = texts;
        VBox content = new VBox(16, Components.text(texts.get("demo.intro"), "lead"));
        for (Role role : DemoViewModel.ROLES) {
            String key = "demo." + role.name();
            ChoiceCard b = FirstRunView.choice(
                    "demo-" + role.name().toLowerCase(java.util.Locale.ROOT),
                    icon(role),
                    texts.get(key),
                    texts.get(key + ".hint"),
                    () -> model.open(role));
            b.disableProperty().bind(model.busyProperty());
            content.getChildren().add(b);
        }
        content.getChildren()
                .addAll(
                        Components.busy(model.busyProperty(), texts.get("demo.busy")),
                        Components.message(model.errorProperty(), "message-error"));
        root = texts.enlarge(Components.screen(content));
    }

    private static Ikon icon(Role role) {
        return switch (role) {
            case COUNSELLOR -> Material2MZ.PEOPLE;
            case BENEFICIARY -> Material2MZ.PERSON;
            case WORK_SUPERVISOR -> Material2AL.BUILD;
            default -> Material2AL.BAR_CHART;
        };
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("demo.title");
    }
}
