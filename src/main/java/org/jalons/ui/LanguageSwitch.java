package org.jalons.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.jalons.i18n.Language;
import org.kordamp.ikonli.Ikon;

/** Two buttons, each language named in itself ("Français", "English"), so anyone can find theirs. */
public final class LanguageSwitch extends HBox {

    public LanguageSwitch(Language current, String accessibleName, Consumer<Language> onChoose) {
        super(8);
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
