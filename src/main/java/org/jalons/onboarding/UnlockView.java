package org.jalons.onboarding;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.LanguageSwitch;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;

/** The PIN screen shown whenever the own profile exists and is locked. */
public final class UnlockView implements View {
    private final EasyRead texts;
    private final Node root;

    public UnlockView(
            UnlockViewModel model,
            EasyRead texts,
            Runnable onDemo,
            Consumer<Language> onLanguage,
            Runnable onForgotten) {
        this.texts = texts;
        Messages messages = texts.messages();
        PasswordField pin = new PasswordField();
        pin.setId("unlock-pin");
        pin.textProperty().bindBidirectional(model.pinProperty());
        pin.setOnAction(e -> model.unlock());
        pin.disableProperty().bind(model.busyProperty());

        Button open = new Button(texts.get("unlock.submit"));
        open.setId("unlock");
        open.setDefaultButton(true);
        open.setMaxWidth(Double.MAX_VALUE);
        open.getStyleClass().add("accent");
        open.disableProperty().bind(model.busyProperty());
        open.setOnAction(e -> model.unlock());
        texts.pictogram(open, Material2AL.LOCK_OPEN);

        Hyperlink demo = new Hyperlink(texts.get("unlock.demo"));
        demo.setId("unlock-demo");
        demo.setOnAction(e -> onDemo.run());

        Hyperlink forgotten = new Hyperlink(texts.get("unlock.forgotten"));
        forgotten.setId("unlock-forgotten");
        forgotten.setWrapText(true);
        forgotten.setOnAction(e -> onForgotten.run());

        Node lock = Icons.icon(Material2AL.LOCK, 48);
        lock.getStyleClass().add("hero-icon");
        VBox content = new VBox(
                16,
                lock,
                Components.text(texts.get("unlock.prompt"), "lead", "centered"),
                Components.field(texts.get("unlock.pin"), pin, model.errorProperty()),
                Components.busy(model.busyProperty(), texts.get("unlock.busy")),
                open,
                forgotten,
                demo,
                new LanguageSwitch(messages.language(), texts.get("language.label"), onLanguage));
        content.setAlignment(Pos.TOP_CENTER);
        root = texts.enlarge(Components.screen(content));
        Platform.runLater(pin::requestFocus);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("unlock.title");
    }
}
