package org.jalons.ui.kit;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import org.jalons.ui.Icons;
import org.jalons.ui.Screen;
import org.kordamp.ikonli.Ikon;

/**
 * The bottom navigation between a role's main places: an icon with its label under it, the current place marked
 * (style class {@code current}, and said to screen readers). When a label no longer fits (large text on a narrow
 * phone) every place shows its icon only, its label staying its accessible text; but with {@link
 * #setWordsAlways(boolean)} (easy-read: a picture is not enough) the labels stay, on two lines if need be, their
 * text shrinking until their longest word fits ({@link WordFit}). Ids: the bar {@code bottom-nav}, each place {@code
 * place-<id>}.
 */
public final class BottomNav extends HBox {
    /** One main place: the screen it opens, an id for tests, the key of its label and its icon. */
    public record Place(Screen screen, String id, String labelKey, Ikon icon) {}

    private final Function<String, String> text;
    private final Consumer<Place> go;
    private List<Place> places = List.of();
    private boolean wordsAlways;
    private WordFit fit;

    /**
     * @param text the label of a key (and {@code nav.current}, the word said of the current place)
     * @param go what a tap on a place does (the navigator goes to it)
     */
    public BottomNav(Function<String, String> text, Consumer<Place> go) {
        this.text = text;
        this.go = go;
        setId("bottom-nav");
        getStyleClass().add("bottom-nav");
        setAccessibleRole(AccessibleRole.TOOL_BAR);
        setAlignment(Pos.CENTER);
        setFillHeight(true);
        widthProperty().addListener((obs, old, w) -> fitLabels());
    }

    /** Whether every place keeps its label under its icon whatever the text size (easy-read). */
    public void setWordsAlways(boolean wordsAlways) {
        if (wordsAlways != this.wordsAlways) {
            this.wordsAlways = wordsAlways;
            fitLabels();
        }
    }

    /** Shows {@code places}, {@code current} marked. */
    public void show(List<Place> places, Screen current) {
        if (!places.equals(this.places) || getChildren().isEmpty()) {
            this.places = List.copyOf(places);
            build();
        }
        for (int i = 0; i < this.places.size(); i++) {
            Place p = this.places.get(i);
            Button b = (Button) getChildren().get(i);
            boolean here = p.screen() == current;
            b.getStyleClass().remove("current");
            if (here) {
                b.getStyleClass().add("current");
            }
            // Read again each time: the words follow the language and easy-read (the screen is built again then).
            String label = text.apply(p.labelKey());
            b.setText(label);
            b.setAccessibleText(here ? label + ", " + text.apply("nav.current") : label);
        }
        fitLabels();
    }

    /** The labels again, e.g. after the language changed. */
    public void relabel(Screen current) {
        List<Place> same = places;
        places = List.of();
        show(same, current);
    }

    private void build() {
        getChildren().clear();
        for (Place p : places) {
            String label = text.apply(p.labelKey());
            Button b = new Button(label, Icons.icon(p.icon(), 24));
            b.setId("place-" + p.id());
            b.setContentDisplay(ContentDisplay.TOP);
            b.getStyleClass().add("nav-place");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMaxHeight(Double.MAX_VALUE);
            b.setMinWidth(0);
            b.setFocusTraversable(true);
            b.setOnAction(e -> go.accept(p));
            b.fontProperty().addListener((obs, old, f) -> fitLabels());
            HBox.setHgrow(b, Priority.ALWAYS);
            getChildren().add(b);
        }
        fit = WordFit.fit(getChildren().stream().map(n -> (Button) n).toList(), 0.5);
        fitLabels();
    }

    /** Icons only, for every place at once, when one label is wider than its share of the bar. */
    private void fitLabels() {
        if (getChildren().isEmpty() || getWidth() <= 0) {
            return;
        }
        fit.setOn(wordsAlways);
        if (wordsAlways) {
            getChildren().forEach(n -> ((Button) n).setContentDisplay(ContentDisplay.TOP));
            return;
        }
        double share = getWidth() / getChildren().size() - 8;
        boolean fits = true;
        for (var node : getChildren()) {
            Button b = (Button) node;
            Text measure = new Text(b.getText());
            measure.setFont(b.getFont());
            fits &= measure.getLayoutBounds().getWidth() <= share;
        }
        ContentDisplay display = fits ? ContentDisplay.TOP : ContentDisplay.GRAPHIC_ONLY;
        for (var node : getChildren()) {
            ((Button) node).setContentDisplay(display);
        }
    }

    /** Whether the labels are shown under the icons (false: icons only, the labels too wide). */
    public boolean labelsShown() {
        return getChildren().stream().allMatch(n -> ((Button) n).getContentDisplay() == ContentDisplay.TOP);
    }
}
