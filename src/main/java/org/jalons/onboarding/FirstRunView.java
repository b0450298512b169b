package org.jalons.onboarding;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.LanguageSwitch;
import org.jalons.ui.View;
import org.jalons.ui.kit.WordFit;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The very first screen on a device without a profile: create my own, or look at the demo first. */
public final class FirstRunView implements View {
    private final EasyRead texts;
    private final Node root;

    /** {@code easyRead}: the device's easy-read (FALC) setting, switchable here at first run; null to leave it out. */
    public FirstRunView(
            Messages messages,
            Runnable onCreate,
            Runnable onDemo,
            Consumer<Language> onLanguage,
            DisplayPreferences display) {
        EasyRead texts = EasyRead.of(messages, display);
        this.texts = texts;
        Label heading = Components.text(texts.get("firstRun.heading"), "screen-heading");
        // "Bienvenue" is wider than the phone at twice the easy-read text size: the heading shrinks a little.
        WordFit.fit(List.of(heading), 0.6);
        VBox content = new VBox(
                16,
                heading,
                Components.text(texts.get("firstRun.intro"), "lead"),
                choice(
                        "create-profile",
                        Material2MZ.PERSON_ADD,
                        texts.get("firstRun.create"),
                        texts.get("firstRun.createHint"),
                        onCreate),
                choice(
                        "discover-demo",
                        Material2AL.EXPLORE,
                        texts.get("firstRun.demo"),
                        texts.get("firstRun.demoHint"),
                        onDemo),
                Components.text(texts.get("language.label"), "field-label", "centered"),
                new LanguageSwitch(messages.language(), texts.get("language.label"), onLanguage));
        if (display != null) {
            content.getChildren().add(easyReadToggle(texts, display.easyReadProperty()));
        }
        content.setAlignment(Pos.TOP_CENTER);
        root = texts.enlarge(Components.screen(content));
    }

    private static ToggleButton easyReadToggle(EasyRead texts, BooleanProperty easyRead) {
        ToggleButton toggle =
                new ToggleButton(texts.get("my.firstRun.easyRead"), Icons.icon(Material2MZ.MENU_BOOK, 28));
        toggle.setId("easy-read");
        toggle.setWrapText(true);
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setMinHeight(ToggleButton.USE_PREF_SIZE);
        toggle.setAccessibleText(texts.get("my.firstRun.easyRead"));
        toggle.getStyleClass().add("easy-read-toggle");
        toggle.selectedProperty().bindBidirectional(easyRead);
        return toggle;
    }

    static ChoiceCard choice(String id, Ikon icon, String title, String hint, Runnable action) {
        ChoiceCard card = new ChoiceCard(icon, title, hint).onAction(action);
        card.setId(id);
        return card;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("app.name");
    }
}
