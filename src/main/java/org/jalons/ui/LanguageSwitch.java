package org.jalons.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.jalons.i18n.Language;
import org.kordamp.ikonli.Ikon;

/**
 * Two buttons, each language named in itself ("Français", "English"), so anyone can find theirs. Side by side when
 * they fit, one under the other when not (at twice the text size in easy-read a button's word would be split).
 */
public final class LanguageSwitch extends FlowPane {

    public LanguageSwitch(Language current, String accessibleName, Consumer<Language> onChoose) {
        super(8, 8);
        getStyleClass().add("language-switch");
        setAlignment(Pos.CENTER);
        setAccessibleText(accessibleName);
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            ToggleButton b = new ToggleButton(language.nativeName());
            b.setId("language-" + language.tag());
            b.setToggleGroup(group);
            b.setSelected(language == current);
            b.setOnAction(e -> {
                b.setSelected(true);
                if (language != current) {
                    onChoose.accept(language);
                }
            });
            getChildren().add(b);
        }
    }

    /** Puts a pictogram before each language's name (easy-read: a picture next to every action). */
    public LanguageSwitch withPictogram(Ikon icon) {
        getChildren().forEach(n -> {
            ToggleButton b = (ToggleButton) n;
            b.setGraphic(Icons.icon(icon, 20));
            b.setContentDisplay(ContentDisplay.LEFT);
        });
        return this;
    }
}
